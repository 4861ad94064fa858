"""newsgraph graph: extraction records → the RDF graph (single source of truth) → NetworkX, HTML, exports, CLI."""
