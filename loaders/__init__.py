"""newsgraph loaders: articles → cleaned text → parsed doc → actors → interactions and roles (plain records)."""
from .errors import InputError, ModelError, NewsgraphError
from .records import Actor, Article, Extraction, Interaction, Role

__all__ = ["Actor", "Article", "Extraction", "InputError", "Interaction", "ModelError", "NewsgraphError", "Role"]
