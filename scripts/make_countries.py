"""Regenerate loaders/data/countries.tsv from pycountry plus the hand-written columns below.

pycountry gives the ISO list and its name / official_name / common_name; this script adds the
names journalists use, demonyms, capitals, Wikidata QIDs and the ambiguity flag.
Run: .venv/bin/python scripts/make_countries.py   (writes the file atomically; output is deterministic)
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "loaders" / "data" / "countries.tsv"

#: ISO entries that are not places news talks about as a country or territory.
SKIP = {"ATA", "BVT", "HMD", "UMI", "ATF", "SGS"}

#: Surface forms left out of every row because they name more than one country.
UNRESOLVED = {"Korea", "Congo", "the Congo", "Virgin Islands"}

# One line a country: iso3 ; name ; extra aliases ; demonyms ; capital ; capital aliases ; qid ; ambiguous
# `name` is the short name a journalist writes; empty fields stay empty. `|` separates values.
# A capital ending in "?" is also a common word, person or other city (capital_ambiguous = yes).
# ambiguous = y when the bare name is also a common word, person name or another place
# (the extractor should want NER support before trusting it).
# Dominica has no demonym: "Dominican" is kept for the Dominican Republic, which news means far more often;
# "Congolese" is written for both Congos and so resolves to neither.
TABLE = """
AFG;Afghanistan;;Afghan|Afghans;Kabul;;Q889;
ALA;Aland Islands;Åland Islands|Åland|Aland;Alandic|Ålander|Ålanders;Mariehamn;;Q5689;
ALB;Albania;;Albanian|Albanians;Tirana;Tiranë;Q222;
DZA;Algeria;;Algerian|Algerians;Algiers;;Q262;
ASM;American Samoa;;American Samoan|American Samoans;Pago Pago;;Q16641;
AND;Andorra;;Andorran|Andorrans;Andorra la Vella;;Q228;
AGO;Angola;;Angolan|Angolans;Luanda;;Q916;
AIA;Anguilla;;Anguillan|Anguillans;The Valley?;;Q25228;
ATG;Antigua and Barbuda;Antigua|Antigua & Barbuda;Antiguan|Antiguans|Barbudan|Barbudans;St John's;Saint John's|St. John's;Q781;
ARG;Argentina;Argentine Republic;Argentine|Argentinian|Argentines|Argentinians;Buenos Aires;;Q414;
ARM;Armenia;;Armenian|Armenians;Yerevan;;Q399;
ABW;Aruba;;Aruban|Arubans;Oranjestad;;Q21203;
AUS;Australia;Commonwealth of Australia;Australian|Australians|Aussie|Aussies;Canberra;;Q408;
AUT;Austria;;Austrian|Austrians;Vienna;Wien;Q40;
AZE;Azerbaijan;;Azerbaijani|Azerbaijanis|Azeri|Azeris;Baku;;Q227;
BHS;Bahamas;The Bahamas;Bahamian|Bahamians;Nassau;;Q778;
BHR;Bahrain;;Bahraini|Bahrainis;Manama;;Q398;
BGD;Bangladesh;;Bangladeshi|Bangladeshis;Dhaka;Dacca;Q902;
BRB;Barbados;;Barbadian|Barbadians|Bajan|Bajans;Bridgetown;;Q244;
BLR;Belarus;Byelorussia|Belorussia;Belarusian|Belarusians|Belarussian|Belarussians;Minsk;;Q184;
BEL;Belgium;;Belgian|Belgians;Brussels;Bruxelles;Q31;
BLZ;Belize;;Belizean|Belizeans;Belmopan;;Q242;
BEN;Benin;;Beninese|Beninois;Porto-Novo;Porto Novo;Q962;
BMU;Bermuda;;Bermudian|Bermudians|Bermudan|Bermudans;Hamilton?;;Q23635;
BTN;Bhutan;;Bhutanese;Thimphu;;Q917;
BOL;Bolivia;;Bolivian|Bolivians;La Paz;Sucre;Q750;
BES;Caribbean Netherlands;Bonaire, Sint Eustatius and Saba|Bonaire|Sint Eustatius|Saba;Bonairean|Bonaireans;Kralendijk;;Q27561;
BIH;Bosnia and Herzegovina;Bosnia|Bosnia-Herzegovina|Bosnia & Herzegovina|BiH;Bosnian|Bosnians|Herzegovinian|Herzegovinians;Sarajevo;;Q225;
BWA;Botswana;;Motswana|Batswana|Botswanan|Botswanans;Gaborone;;Q963;
BRA;Brazil;;Brazilian|Brazilians;Brasilia;Brasília;Q155;
IOT;British Indian Ocean Territory;Chagos Islands|Chagos Archipelago|Chagos;Chagossian|Chagossians;Diego Garcia;;Q43448;
VGB;British Virgin Islands;BVI;British Virgin Islander|British Virgin Islanders;Road Town;;Q25305;
BRN;Brunei;Brunei Darussalam|Nation of Brunei;Bruneian|Bruneians;Bandar Seri Begawan;;Q921;
BGR;Bulgaria;;Bulgarian|Bulgarians;Sofia;;Q219;
BFA;Burkina Faso;Burkina|Upper Volta;Burkinabe|Burkinabè|Burkinabes;Ouagadougou;;Q965;
BDI;Burundi;;Burundian|Burundians;Gitega;Bujumbura;Q967;
CPV;Cape Verde;Cabo Verde;Cape Verdean|Cape Verdeans|Cabo Verdean|Cabo Verdeans;Praia;;Q1011;
KHM;Cambodia;Kampuchea;Cambodian|Cambodians|Khmer;Phnom Penh;;Q424;
CMR;Cameroon;;Cameroonian|Cameroonians;Yaounde;Yaoundé;Q1009;
CAN;Canada;;Canadian|Canadians;Ottawa;;Q16;
CYM;Cayman Islands;Caymans|the Caymans;Caymanian|Caymanians;George Town?;;Q5785;
CAF;Central African Republic;CAR|C.A.R.|Centrafrique;Central African|Central Africans;Bangui;;Q929;
TCD;Chad;;Chadian|Chadians;N'Djamena;Ndjamena|N'Djaména;Q657;y
CHL;Chile;;Chilean|Chileans;Santiago;Santiago de Chile;Q298;
CHN;China;PRC|P.R.C.|mainland China|Mainland China|Red China|Communist China;Chinese;Beijing;Peking;Q148;
CXR;Christmas Island;;Christmas Islander|Christmas Islanders;Flying Fish Cove;;Q31063;
CCK;Cocos Islands;Cocos (Keeling) Islands|Cocos Keeling Islands|Keeling Islands;Cocos Islander|Cocos Islanders;West Island?;;Q36004;
COL;Colombia;;Colombian|Colombians;Bogota;Bogotá;Q739;
COM;Comoros;the Comoros;Comorian|Comorians|Comoran|Comorans;Moroni;;Q970;
COG;Republic of the Congo;Congo-Brazzaville|Congo Brazzaville|Congo Republic|Republic of Congo;Congolese;Brazzaville;;Q971;
COD;Democratic Republic of the Congo;DR Congo|DRC|D.R.C.|DR Congo|Congo-Kinshasa|Congo Kinshasa|Democratic Republic of Congo|Zaire;Congolese;Kinshasa;;Q974;
COK;Cook Islands;;Cook Islander|Cook Islanders;Avarua;;Q26988;
CRI;Costa Rica;;Costa Rican|Costa Ricans;San Jose?;San José;Q800;
CIV;Ivory Coast;Côte d'Ivoire|Cote d'Ivoire|Cote dIvoire|Republic of Côte d'Ivoire|Republic of Cote d'Ivoire;Ivorian|Ivorians;Yamoussoukro;Abidjan;Q1008;
HRV;Croatia;Hrvatska;Croatian|Croatians|Croat|Croats;Zagreb;;Q224;
CUB;Cuba;;Cuban|Cubans;Havana;La Habana;Q241;
CUW;Curacao;Curaçao;Curacaoan|Curaçaoan|Curacaoans|Curaçaoans;Willemstad;;Q25279;
CYP;Cyprus;;Cypriot|Cypriots|Greek Cypriot|Greek Cypriots;Nicosia;;Q229;
CZE;Czech Republic;Czechia|the Czech Republic|Czech Rep.;Czech|Czechs;Prague;Praha;Q213;
DNK;Denmark;;Danish|Dane|Danes;Copenhagen;;Q35;
DJI;Djibouti;;Djiboutian|Djiboutians;Djibouti City;Djibouti;Q977;
DMA;Dominica;Commonwealth of Dominica;;Roseau;;Q784;
DOM;Dominican Republic;;Dominican|Dominicans;Santo Domingo;;Q786;
ECU;Ecuador;;Ecuadorian|Ecuadorians|Ecuadorean|Ecuadoreans;Quito;;Q736;
EGY;Egypt;;Egyptian|Egyptians;Cairo;;Q79;
SLV;El Salvador;;Salvadoran|Salvadorans|Salvadorean|Salvadoreans;San Salvador;;Q792;
GNQ;Equatorial Guinea;;Equatorial Guinean|Equatorial Guineans|Equatoguinean|Equatoguineans;Malabo;;Q983;
ERI;Eritrea;State of Eritrea;Eritrean|Eritreans;Asmara;;Q986;
EST;Estonia;;Estonian|Estonians;Tallinn;;Q191;
SWZ;Eswatini;Swaziland|eSwatini;Swazi|Swazis|Emaswati;Mbabane;Lobamba;Q1050;
ETH;Ethiopia;;Ethiopian|Ethiopians;Addis Ababa;;Q115;
FLK;Falkland Islands;Falklands|the Falklands|Malvinas|Islas Malvinas;Falkland Islander|Falkland Islanders|Falklander|Falklanders;Stanley?;Port Stanley;Q9648;
FRO;Faroe Islands;Faroes|Faeroe Islands|the Faroes;Faroese;Torshavn;Tórshavn;Q4628;
FJI;Fiji;;Fijian|Fijians;Suva;;Q712;
FIN;Finland;Suomi;Finnish|Finn|Finns;Helsinki;;Q33;
FRA;France;;French|Frenchman|Frenchmen|Frenchwoman|Frenchwomen;Paris;;Q142;
GUF;French Guiana;Guyane;French Guianese;Cayenne;;Q3769;
PYF;French Polynesia;;French Polynesian|French Polynesians;Papeete;;Q30971;
GAB;Gabon;Gabonese Republic;Gabonese;Libreville;;Q1000;
GMB;Gambia;The Gambia;Gambian|Gambians;Banjul;;Q1005;
GEO;Georgia;Republic of Georgia|Sakartvelo;Georgian|Georgians;Tbilisi;Tiflis;Q230;y
DEU;Germany;Deutschland;German|Germans;Berlin;;Q183;
GHA;Ghana;;Ghanaian|Ghanaians;Accra;;Q117;
GIB;Gibraltar;;Gibraltarian|Gibraltarians;;;Q1410;
GRC;Greece;Hellas;Greek|Greeks|Hellenic;Athens;;Q41;
GRL;Greenland;Kalaallit Nunaat;Greenlandic|Greenlander|Greenlanders;Nuuk;Godthab|Godthåb;Q223;
GRD;Grenada;;Grenadian|Grenadians;St George's;Saint George's|St. George's;Q769;y
GLP;Guadeloupe;;Guadeloupean|Guadeloupeans;Basse-Terre;Basse Terre;Q17012;
GUM;Guam;;Guamanian|Guamanians;Hagatna;Hagåtña|Agana;Q16635;
GTM;Guatemala;;Guatemalan|Guatemalans;Guatemala City;;Q774;
GGY;Guernsey;Bailiwick of Guernsey;Guernseyman|Guernseymen;St Peter Port;Saint Peter Port|St. Peter Port;Q25230;y
GIN;Guinea;Guinea-Conakry|Guinea Conakry;Guinean|Guineans;Conakry;;Q1006;y
GNB;Guinea-Bissau;Guinea Bissau;Bissau-Guinean|Bissau-Guineans;Bissau;;Q1007;
GUY;Guyana;;Guyanese;Georgetown?;;Q734;
HTI;Haiti;;Haitian|Haitians;Port-au-Prince;Port au Prince;Q790;
VAT;Vatican City;Vatican|the Vatican|Holy See|the Holy See|Vatican City State|State of the Vatican City;Vatican;;;Q237;
HND;Honduras;;Honduran|Hondurans;Tegucigalpa;;Q783;
HKG;Hong Kong;Hong Kong SAR|HKSAR|Hongkong;Hong Konger|Hong Kongers|Hongkonger|Hongkongers;;;Q8646;
HUN;Hungary;Magyarorszag;Hungarian|Hungarians|Magyar|Magyars;Budapest;;Q28;
ISL;Iceland;;Icelandic|Icelander|Icelanders;Reykjavik;Reykjavík;Q189;
IND;India;Bharat;Indian|Indians;New Delhi;Delhi;Q668;
IDN;Indonesia;;Indonesian|Indonesians;Jakarta;;Q252;
IRN;Iran;Persia|Islamic Republic;Iranian|Iranians|Persian|Persians;Tehran;Teheran;Q794;
IRQ;Iraq;;Iraqi|Iraqis;Baghdad;;Q796;
IRL;Ireland;Republic of Ireland|Eire|Éire|Irish Republic;Irish|Irishman|Irishmen|Irishwoman;Dublin;;Q27;
IMN;Isle of Man;;Manx|Manxman|Manxmen;Douglas?;;Q9676;
ISR;Israel;;Israeli|Israelis;Jerusalem;;Q801;
ITA;Italy;Italia;Italian|Italians;Rome;Roma;Q38;
JAM;Jamaica;;Jamaican|Jamaicans;Kingston?;;Q766;
JPN;Japan;Nippon;Japanese;Tokyo;;Q17;
JEY;Jersey;Bailiwick of Jersey;Jerseyman|Jerseymen;St Helier;Saint Helier|St. Helier;Q785;y
JOR;Jordan;;Jordanian|Jordanians;Amman;;Q810;y
KAZ;Kazakhstan;Kazakstan;Kazakh|Kazakhs|Kazakhstani|Kazakhstanis;Astana;Nur-Sultan|Nursultan;Q232;
KEN;Kenya;;Kenyan|Kenyans;Nairobi;;Q114;
KIR;Kiribati;;I-Kiribati;South Tarawa;Tarawa;Q710;
PRK;North Korea;DPRK|D.P.R.K.|Democratic People's Republic of Korea|N. Korea|N Korea|NK;North Korean|North Koreans;Pyongyang;;Q423;
KOR;South Korea;Republic of Korea|ROK|R.O.K.|S. Korea|S Korea;South Korean|South Koreans;Seoul;;Q884;
XKX;Kosovo;Republic of Kosovo|Kosova;Kosovar|Kosovars|Kosovan|Kosovans;Pristina;Prishtina|Priština;Q1246;
KWT;Kuwait;;Kuwaiti|Kuwaitis;Kuwait City;;Q817;
KGZ;Kyrgyzstan;Kyrgyz Republic|Kirghizia|Kirgizia;Kyrgyz|Kyrgyzstani|Kyrgyzstanis;Bishkek;;Q813;
LAO;Laos;Lao PDR;Laotian|Laotians;Vientiane;;Q819;
LVA;Latvia;;Latvian|Latvians;Riga;;Q211;
LBN;Lebanon;;Lebanese;Beirut;;Q822;
LSO;Lesotho;;Basotho|Mosotho;Maseru;;Q1013;
LBR;Liberia;;Liberian|Liberians;Monrovia;;Q1014;
LBY;Libya;;Libyan|Libyans;Tripoli;;Q1016;
LIE;Liechtenstein;;Liechtensteiner|Liechtensteiners;Vaduz;;Q347;
LTU;Lithuania;;Lithuanian|Lithuanians;Vilnius;;Q37;
LUX;Luxembourg;Luxemburg;Luxembourger|Luxembourgers|Luxembourgish;Luxembourg City;;Q32;
MAC;Macau;Macao|Macau SAR|Macao SAR;Macanese;;;Q14773;
MDG;Madagascar;;Malagasy;Antananarivo;;Q1019;
MWI;Malawi;;Malawian|Malawians;Lilongwe;;Q1020;
MYS;Malaysia;;Malaysian|Malaysians;Kuala Lumpur;Putrajaya;Q833;
MDV;Maldives;the Maldives;Maldivian|Maldivians;Male?;Malé;Q826;
MLI;Mali;;Malian|Malians;Bamako;;Q912;
MLT;Malta;;Maltese;Valletta;;Q233;
MHL;Marshall Islands;;Marshallese;Majuro;;Q709;
MTQ;Martinique;;Martinican|Martinicans|Martiniquais;Fort-de-France;Fort de France;Q17054;
MRT;Mauritania;;Mauritanian|Mauritanians;Nouakchott;;Q1025;
MUS;Mauritius;;Mauritian|Mauritians;Port Louis;;Q1027;
MYT;Mayotte;;Mahoran|Mahorans|Mahorais;Mamoudzou;;Q17063;
MEX;Mexico;;Mexican|Mexicans;Mexico City;;Q96;
FSM;Micronesia;Federated States of Micronesia|FSM;Micronesian|Micronesians;Palikir;;Q702;
MDA;Moldova;Moldavia;Moldovan|Moldovans;Chisinau;Chişinău|Chișinău;Q217;
MCO;Monaco;;Monegasque|Monegasques|Monacan;;;Q235;
MNG;Mongolia;;Mongolian|Mongolians|Mongol|Mongols;Ulaanbaatar;Ulan Bator|Ulaan Baatar;Q711;
MNE;Montenegro;Crna Gora;Montenegrin|Montenegrins;Podgorica;;Q236;
MSR;Montserrat;;Montserratian|Montserratians;Brades;;Q13353;y
MAR;Morocco;;Moroccan|Moroccans;Rabat;;Q1028;
MOZ;Mozambique;;Mozambican|Mozambicans;Maputo;;Q1029;
MMR;Myanmar;Burma;Myanmar|Burmese|Myanmarese;Naypyitaw;Naypyidaw|Nay Pyi Taw|Nay Pyi Daw;Q836;
NAM;Namibia;;Namibian|Namibians;Windhoek;;Q1030;
NRU;Nauru;;Nauruan|Nauruans;Yaren;;Q697;
NPL;Nepal;;Nepali|Nepalis|Nepalese;Kathmandu;;Q837;
NLD;Netherlands;the Netherlands|Holland|Nederland;Dutch|Dutchman|Dutchmen|Dutchwoman|Netherlander|Netherlanders;Amsterdam;;Q55;
NCL;New Caledonia;Nouvelle-Calédonie|Kanaky;New Caledonian|New Caledonians|Kanak|Kanaks;Noumea;Nouméa;Q33788;
NZL;New Zealand;Aotearoa|NZ|N.Z.;New Zealander|New Zealanders|Kiwi|Kiwis;Wellington;;Q664;
NIC;Nicaragua;;Nicaraguan|Nicaraguans;Managua;;Q811;
NER;Niger;;Nigerien|Nigeriens;Niamey;;Q1032;y
NGA;Nigeria;;Nigerian|Nigerians;Abuja;;Q1033;
NIU;Niue;;Niuean|Niueans;Alofi;;Q34020;
NFK;Norfolk Island;;Norfolk Islander|Norfolk Islanders;;;Q31057;
MKD;North Macedonia;Macedonia|Former Yugoslav Republic of Macedonia|FYROM|FYR Macedonia;North Macedonian|North Macedonians|Macedonian|Macedonians;Skopje;;Q221;
MNP;Northern Mariana Islands;Northern Marianas|CNMI;Northern Mariana Islander|Northern Mariana Islanders;Saipan;;Q16644;
NOR;Norway;Norge;Norwegian|Norwegians;Oslo;;Q20;
OMN;Oman;;Omani|Omanis;Muscat;;Q842;
PAK;Pakistan;;Pakistani|Pakistanis;Islamabad;;Q843;
PLW;Palau;Belau;Palauan|Palauans;Ngerulmud;Melekeok;Q695;
PSE;Palestine;State of Palestine|Palestinian territories|Palestinian Territories|occupied Palestinian territories|Occupied Palestinian Territories;Palestinian|Palestinians;Ramallah;;Q219060;
PAN;Panama;;Panamanian|Panamanians;Panama City;;Q804;
PNG;Papua New Guinea;PNG;Papua New Guinean|Papua New Guineans;Port Moresby;;Q691;
PRY;Paraguay;;Paraguayan|Paraguayans;Asuncion;Asunción;Q733;
PER;Peru;;Peruvian|Peruvians;Lima;;Q419;
PHL;Philippines;the Philippines|Pilipinas;Filipino|Filipinos|Filipina|Filipinas|Philippine;Manila;;Q928;
PCN;Pitcairn Islands;Pitcairn|Pitcairn Island;Pitcairn Islander|Pitcairn Islanders;Adamstown;;Q35672;
POL;Poland;Polska;Polish|Pole|Poles;Warsaw;Warszawa;Q36;
PRT;Portugal;;Portuguese;Lisbon;Lisboa;Q45;
PRI;Puerto Rico;;Puerto Rican|Puerto Ricans;San Juan?;;Q1183;
QAT;Qatar;;Qatari|Qataris;Doha;;Q846;
REU;Reunion;Réunion|La Réunion|La Reunion;Reunionese|Réunionese;Saint-Denis?;Saint Denis;Q17070;y
ROU;Romania;Rumania|Roumania;Romanian|Romanians;Bucharest;;Q218;
RUS;Russia;Russian Federation|Rossiya;Russian|Russians;Moscow;;Q159;
RWA;Rwanda;;Rwandan|Rwandans|Rwandese;Kigali;;Q1037;
BLM;Saint Barthelemy;Saint Barthélemy|St Barts|St. Barts|St Barths|St. Barth|Saint-Barthélemy;Barthelemois|Saint-Barthélemois;Gustavia;;Q25362;
SHN;Saint Helena;St Helena|St. Helena|Saint Helena, Ascension and Tristan da Cunha|Ascension Island|Tristan da Cunha;Saint Helenian|Saint Helenians|St Helenian|St Helenians;Jamestown?;;Q192184;
KNA;Saint Kitts and Nevis;St Kitts and Nevis|St. Kitts and Nevis|St Kitts|Saint Kitts|Federation of Saint Kitts and Nevis;Kittitian|Kittitians|Nevisian|Nevisians;Basseterre;;Q763;
LCA;Saint Lucia;St Lucia|St. Lucia;Saint Lucian|Saint Lucians|St Lucian|St Lucians;Castries;;Q760;
MAF;Saint Martin;Saint Martin (French part)|St Martin|St. Martin|Collectivity of Saint Martin;Saint-Martinois;Marigot;;Q126125;
SPM;Saint Pierre and Miquelon;St Pierre and Miquelon|St. Pierre and Miquelon;Saint-Pierrais|Miquelonnais;Saint-Pierre?;Saint Pierre;Q34617;
VCT;Saint Vincent and the Grenadines;St Vincent and the Grenadines|St. Vincent and the Grenadines|St Vincent|Saint Vincent;Vincentian|Vincentians;Kingstown;;Q757;
WSM;Samoa;Western Samoa|Independent State of Samoa;Samoan|Samoans;Apia;;Q683;
SMR;San Marino;;Sammarinese;San Marino City;;Q238;
STP;Sao Tome and Principe;São Tomé and Príncipe|Sao Tome|São Tomé|Sao Tome & Principe;Santomean|Santomeans|Sao Tomean|Sao Tomeans;Sao Tome City;São Tomé City;Q1039;
SAU;Saudi Arabia;KSA|Saudi;Saudi|Saudis|Saudi Arabian|Saudi Arabians;Riyadh;;Q851;
SEN;Senegal;;Senegalese;Dakar;;Q1041;
SRB;Serbia;Srbija;Serbian|Serbians|Serb|Serbs;Belgrade;Beograd;Q403;
SYC;Seychelles;the Seychelles;Seychellois;Victoria?;;Q1042;
SLE;Sierra Leone;;Sierra Leonean|Sierra Leoneans;Freetown;;Q1044;
SGP;Singapore;;Singaporean|Singaporeans;;;Q334;
SXM;Sint Maarten;Sint Maarten (Dutch part)|Dutch St Maarten;Sint Maartener|Sint Maarteners;Philipsburg;;Q26273;
SVK;Slovakia;Slovak Republic|Slovensko;Slovak|Slovaks|Slovakian|Slovakians;Bratislava;;Q214;
SVN;Slovenia;Slovenija;Slovenian|Slovenians|Slovene|Slovenes;Ljubljana;;Q215;
SLB;Solomon Islands;the Solomons|Solomons;Solomon Islander|Solomon Islanders;Honiara;;Q685;
SOM;Somalia;;Somali|Somalis|Somalian|Somalians;Mogadishu;;Q1045;
ZAF;South Africa;;South African|South Africans;Pretoria;Tshwane;Q258;
SSD;South Sudan;;South Sudanese;Juba;;Q958;
ESP;Spain;España|Espana;Spanish|Spaniard|Spaniards;Madrid;;Q29;
LKA;Sri Lanka;Ceylon;Sri Lankan|Sri Lankans;Colombo;Sri Jayawardenepura Kotte;Q854;
SDN;Sudan;the Sudan;Sudanese;Khartoum;Port Sudan;Q1049;
SUR;Suriname;Surinam;Surinamese|Surinamer|Surinamers;Paramaribo;;Q730;
SJM;Svalbard and Jan Mayen;Svalbard|Jan Mayen|Spitsbergen;Svalbard resident;Longyearbyen;;Q842829;
SWE;Sweden;Sverige;Swedish|Swede|Swedes;Stockholm;;Q34;
CHE;Switzerland;Swiss Confederation|Suisse|Schweiz;Swiss;Bern;Berne;Q39;
SYR;Syria;Syrian Arab Republic;Syrian|Syrians;Damascus;;Q858;
TWN;Taiwan;Republic of China|ROC|R.O.C.|Chinese Taipei|Formosa;Taiwanese;Taipei;;Q865;
TJK;Tajikistan;;Tajik|Tajiks|Tajikistani|Tajikistanis;Dushanbe;;Q863;
TZA;Tanzania;;Tanzanian|Tanzanians;Dodoma;Dar es Salaam;Q924;
THA;Thailand;Siam;Thai|Thais;Bangkok;;Q869;
TLS;East Timor;Timor-Leste|Timor Leste|Democratic Republic of Timor-Leste;East Timorese|Timorese;Dili;;Q574;
TGO;Togo;Togolese Republic;Togolese;Lome;Lomé;Q945;
TKL;Tokelau;;Tokelauan|Tokelauans;;;Q36823;
TON;Tonga;;Tongan|Tongans;Nuku'alofa;Nukualofa;Q678;
TTO;Trinidad and Tobago;Trinidad|Trinidad & Tobago;Trinidadian|Trinidadians|Tobagonian|Tobagonians|Trini|Trinis;Port of Spain;Port-of-Spain;Q754;
TUN;Tunisia;;Tunisian|Tunisians;Tunis;;Q948;
TUR;Turkey;Türkiye|Turkiye|Republic of Turkey;Turkish|Turk|Turks;Ankara;;Q43;y
TKM;Turkmenistan;;Turkmen|Turkmens|Turkmenistani;Ashgabat;Ashkhabad;Q874;
TCA;Turks and Caicos Islands;Turks and Caicos|Turks & Caicos;Turks and Caicos Islander|Turks and Caicos Islanders;Cockburn Town;;Q18221;
TUV;Tuvalu;;Tuvaluan|Tuvaluans;Funafuti;;Q672;
UGA;Uganda;;Ugandan|Ugandans;Kampala;;Q1036;
UKR;Ukraine;the Ukraine;Ukrainian|Ukrainians;Kyiv;Kiev;Q212;
ARE;United Arab Emirates;UAE|U.A.E.;Emirati|Emiratis;Abu Dhabi;;Q878;
GBR;United Kingdom;UK|U.K.|Britain|Great Britain|GB|the UK|the United Kingdom;British|Briton|Britons|Brit|Brits;London;;Q145;
USA;United States;U.S.|US|USA|U.S.A.|America|United States of America|the United States|the US|the U.S.;American|Americans;Washington;Washington, D.C.|Washington DC|Washington D.C.|Washington, DC;Q30;
VIR;US Virgin Islands;U.S. Virgin Islands|United States Virgin Islands|Virgin Islands of the United States|USVI;US Virgin Islander|US Virgin Islanders;Charlotte Amalie;;Q11703;
URY;Uruguay;;Uruguayan|Uruguayans;Montevideo;;Q77;
UZB;Uzbekistan;;Uzbek|Uzbeks|Uzbekistani|Uzbekistanis;Tashkent;Toshkent;Q265;
VUT;Vanuatu;;Ni-Vanuatu|Vanuatuan;Port Vila;Port-Vila;Q686;
VEN;Venezuela;;Venezuelan|Venezuelans;Caracas;;Q717;
VNM;Vietnam;Viet Nam;Vietnamese;Hanoi;Ha Noi;Q881;
WLF;Wallis and Futuna;Wallis & Futuna;Wallisian|Wallisians|Futunan|Futunans;Mata Utu;Mata-Utu;Q35555;
ESH;Western Sahara;Sahrawi Arab Democratic Republic|SADR;Sahrawi|Sahrawis|Saharawi|Saharawis;Laayoune;El Aaiún|El Aaiun;Q6250;
YEM;Yemen;;Yemeni|Yemenis;Sanaa;Sana'a;Q805;
ZMB;Zambia;;Zambian|Zambians;Lusaka;;Q953;
ZWE;Zimbabwe;;Zimbabwean|Zimbabweans;Harare;;Q954;
"""

HEADER = [
    "name", "iso3", "aliases", "demonyms", "capital", "capital_aliases", "qid", "ambiguous", "capital_ambiguous",
]


def _split(field: str) -> list[str]:
    return [v.strip() for v in field.split("|") if v.strip()]


def _pycountry_names(iso3: str) -> list[str]:
    """pycountry's names for a country, minus inverted ("Korea, Republic of") and bracketed forms."""
    record = pycountry.countries.get(alpha_3=iso3)
    if record is None:
        return []
    names = []
    for attr in ("name", "official_name", "common_name"):
        value = getattr(record, attr, None)
        if not value or "," in value or "(" in value:
            continue
        if value.startswith("the "):
            value = value[4:]
        names.append(value)
    return names


def _unique(values: list[str], exclude: set[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for v in values:
        if v in exclude or v.lower() in seen:
            continue
        seen.add(v.lower())
        out.append(v)
    return out


def build_rows() -> list[list[str]]:
    """The countries.tsv rows, sorted by name."""
    table: dict[str, list[str]] = {}
    for line in TABLE.strip().splitlines():
        fields = line.split(";")
        if len(fields) != 8:
            raise ValueError(f"make_countries: bad table line (want 8 fields): {line!r}")
        table[fields[0]] = fields
    missing = {c.alpha_3 for c in pycountry.countries} - SKIP - set(table)
    if missing:
        raise ValueError(f"make_countries: no table line for {sorted(missing)}")
    rows = []
    for iso3, (_, name, extra, demonyms, capital, cap_aliases, qid, amb) in table.items():
        exclude = UNRESOLVED | {name}
        aliases = _unique(_pycountry_names(iso3) + _split(extra), exclude)
        capital = capital.strip()
        capital_ambiguous = capital.endswith("?")
        rows.append([
            name, iso3, "|".join(aliases), "|".join(_split(demonyms)), capital.rstrip("?"),
            "|".join(_split(cap_aliases)), qid.strip(), "yes" if amb.strip() == "y" else "no",
            "yes" if capital_ambiguous else "no",
        ])
    return sorted(rows, key=lambda r: r[0])


def main() -> int:
    rows = build_rows()
    lines = [
        "# Countries and territories: generated by scripts/make_countries.py from pycountry "
        f"{pycountry.__version__ if hasattr(pycountry, '__version__') else ''} plus hand-written columns; edit the script, not this file.",
        "# aliases, demonyms, capital_aliases: '|'-separated. qid: Wikidata, empty when not checked. "
        "ambiguous: the bare name is also a common word, person or other place.",
        "# capital_ambiguous: the capital's name is also a common word, person or other city "
        "(Hamilton, Victoria, Male): do not read it as the government without other evidence.",
        "# Deliberately absent (they name more than one country): " + ", ".join(sorted(UNRESOLVED)) + ".",
        "\t".join(HEADER),
    ] + ["\t".join(r) for r in rows]
    text = "\n".join(lines) + "\n"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=OUT.parent, prefix=".countries.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    os.replace(tmp, OUT)
    print(f"wrote {len(rows)} rows to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
