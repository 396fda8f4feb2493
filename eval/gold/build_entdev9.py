#!/usr/bin/env python3
"""Build eval/gold/entdev9.jsonl: blind entity gold for corpus/entdev9/*.txt (list format and
checks in entgold.py). Run from the repository root: python3 eval/gold/build_entdev9.py [-v]
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from entgold import P, O, L, M, build_set  # noqa: E402  (the shared builder, beside this file)

DOCS = {}

DOCS["trademark-veldra-general-court.txt"] = dict(dct="2026-03-25", ents=[
    ("EU", O), ("Dutch", M), ("VELDRA", M), ("Annelies Voskuijlen-Barr", P), ("Luxembourg", L),
    ("General Court of the European Union", O), ("European Union Intellectual Property Office", O),
    ("EUIPO", O), ("Veldra Ciderij B.V.", O), ("Betuwe", L), ("Tricht", L), ("Spanish", M),
    ("Bodegas Valdorreta S.A.", O), ("VALDORRETA", M), ("Opposition Division", O),
    ("Fourth Board of Appeal", O), ("Board of Appeal", O),
    ("Veldra Ciderij v EUIPO – Bodegas Valdorreta", M), ("Seventh Chamber", O), ("Rioja", L),
    ("Joost Harmsen-Ooms", P), ("Veldra Ciderij", O), ("Bodegas Valdorreta", O), ("Haro", L),
    ("Court of Justice", O), ("Inmaculada Ferrer Solís", P), ("Madrid", L),
    ("Ferrer & Oyarzun Abogados", O), ("Veldra", O), ("Pieter-Jan de Wolff", P),
    ("Amsterdam", L), ("Kroes Van Lier Advocaten", O), ("Danish", M), ("NORDHAVN", M),
    ("Alicante", L),
])

DOCS["estimates-murray-darling-buybacks.txt"] = dict(dct="2026-05-28", ents=[
    ("SENATE ESTIMATES", M), ("Murray-Darling", L), ("Canberra", L), ("CANBERRA", L),
    ("Department of Climate Change, Energy, the Environment and Water", O), ("DCCEEW", O),
    ("Senate Environment and Communications Legislation Committee", O),
    ("Murray-Darling Basin", L), ("Bronwyn Tallis-Okafor", P), ("Greens", M),
    ("South Australia", L), ("Graeme Whitlock-Aird", P), ("Murray-Darling Basin Plan", M),
    ("Coorong", L), ("Tallis-Okafor", P), ("Mildura", L), ("Wentworth", L),
    ("Whitlock-Aird", P), ("Murrumbidgee", L), ("Goulburn", L),
    ("Murray-Darling Basin Authority", O), ("MDBA", O), ("Albury", L), ("Nationals", M),
    ("Hamish Corrigan-Vail", P), ("Rural and Regional Affairs and Transport References Committee", O),
    ("Deniliquin", L), ("Barham", L), ("Wakool Shire Ratepayers and Irrigators Association", O),
    ("Labor", O), ("Priya Ramanathan-Lowe", P), ("Productivity Commission", O), ("CSIRO", O),
    ("Goulburn-Broken", L), ("Office of the Inspector-General of Water Compliance", O),
    ("Moana Ferris-Tupou", P), ("Bourke", L), ("Walgett", L), ("NSW Police", O),
    ("Senate Estimates", M), ("Department of Agriculture, Fisheries and Forestry", O),
])

DOCS["vanuatu-snap-election-count.txt"] = dict(dct="2026-10-08", ents=[
    ("Vanuatu", L), ("Vanua'aku Pati", O), ("Santo", L), ("Pacific Islands Report", O),
    ("PORT VILA", L), ("VP", O), ("Parliament", O), ("Vanuatu Electoral Commission", O),
    ("VEC", O), ("Union of Moderate Parties", O), ("UMP", O), ("Nakamal Alliance", O),
    ("Luganville", L), ("Espiritu Santo", L), ('Kalo "Big Kalo" Tarimas', P),
    ("Port Moresby Vipers", O), ("Big Bay", L), ("Tarimas", P), ("Port Vila", L),
    ("Luganville Municipal Council", O), ("Unity Park", L), ("Sarakata", L), ("Tanna", L),
    ("Marie-Laure Nauka-Willie", P), ("Lenakel", L), ("Jean-Baptiste Kalsakau-Toara", P),
    ("Efate Rural", L), ("Malekula", L), ("Lakatoro", L), ("Maskelyne Islands", L),
    ("Pacific Islands Forum", O), ("Samoan", M), ("Faʻamoana Leiataua-Reid", P),
    ("Australia", L), ("New Zealand", L), ("Malvatumauri National Council of Chiefs", O),
    ("ni-Vanuatu", M),
])

DOCS["port-santos-weekly-calls.txt"] = dict(dct="2026-07-06", ents=[
    ("PORT OF SANTOS", L), ("Porto & Carga Weekly", O), ("São Paulo", L), ("Brazil", L),
    ("Santos Port Authority", O), ("APS", O), ("MSC Aurelia Grace", M), ("Liberian", M),
    ("Brasil Terminal Portuário", O), ("BTP", O), ("Paranaguá", L), ("Maersk Itapoá Star", M),
    ("Danish", M), ("DP World Santos", O), ("Guarujá", L), ("Cap Serrana", M),
    ("Hamburg Süd", O), ("Montevideo", L), ("Buenos Aires", L), ("Nordic Jacaranda", M),
    ("Panama", L), ("Corredor de Exportação", L), ("Santos Brasil", O), ("Tecon Santos", O),
    ("Rumo", O), ("Mato Grosso", L), ("Goiás", L), ("Ecoporto", O), ("Valongo", L),
    ("ANTAQ", O), ("National Waterway Transportation Agency", O), ("Receita Federal", O),
    ("Siscomex", M), ("Sindestiva", O), ("Macuco", L), ("Regional Labour Court", O),
    ("Santos", L), ("Cargonave", O), ("Latin America", L), ("Asia", L), ("COSCO", O),
    ("ONE", O), ("CMA CGM", O), ("Alamoa", L), ("Saboó", L), ("Renata Albuquerque-Stein", P),
    ("Cubatão", L), ("Serra do Mar Logística", O),
])

DOCS["sailing-lord-howe-race.txt"] = dict(dct="2026-12-29", ents=[
    ("Kookaburra Run", M), ("Lord Howe", L), ("Tamsin Ure-Badcock", P),
    ("LORD HOWE ISLAND", L), ("Ned's Beach", L), ("Southern Cross Bluewater Classic", M),
    ("Sydney Heads", L), ("Tasman Sea", L), ('Lachlan "Lucky" Dunphy-Marr', P), ("Sydney", L),
    ("Port Stephens", L), ("Fitzy", P), ("Connor Fitzgerald-Tane", P), ("Brisbane", L),
    ("Delphine Arkwright-Moss", P), ("New Zealand", L), ("Te Hau Kōkōwai", M),
    ("Aroha Whaanga-Lilley", P), ("Royal New Zealand Yacht Squadron", O), ("Hobart", L),
    ("Derwent Maid", M), ("Cruising Yacht Club of Australia", O), ("CYCA", O),
    ("Lord Howe Island Board", O), ("Jessie's Promise", M), ("Coffs Harbour", L),
    ("Marine Rescue NSW", O), ("Wollongbar 30", M), ("Bureau of Meteorology", O),
    ("Seal Rocks", L), ("Graham Pettigrew-Hale", P), ("Ball's Pyramid", L), ("Tasmanian", M),
    ("Hartz Peak", M), ("Royal Yacht Club of Tasmania", O), ("Cascade", M), ("KOOKA", M),
])

DOCS["traffic-travel-northwest-friday.txt"] = dict(dct="2026-10-16", ents=[
    ("RADIO LUNE VALLEY", O), ("Lancashire", L), ("Cumbria", L), ("Becca Ashcroft-Dyer", P),
    ("M6", L), ("Lancaster", L), ("Kendal", L), ("Carnforth", L), ("National Highways", O),
    ("A6", L), ("Bolton-le-Sands", L), ("Hest Bank", L), ("Shap", L), ("Tebay", L),
    ("A590", L), ("Lindale", L), ("Electricity North West", O), ("Bay Gateway", L),
    ("Preston", L), ("Ringway", L), ("Lancashire County Council", O), ("Friargate", L),
    ("Avanti West Coast", O), ("Oxenholme Lake District", L), ("Network Rail", O),
    ("Hincaster", L), ("Northern", O), ("Furness Line", L), ("Barrow-in-Furness", L),
    ("Bentham Line", L), ("Leeds", L), ("Stagecoach", O), ("Stena Line", O), ("Heysham", L),
    ("Belfast", L), ("Isle of Man Steam Packet", O), ("Manxman", M), ("Manchester Airport", L),
    ("Lancashire Police", O), ("Morecambe", L), ("Midland Hotel", O), ("Radio Lune Valley", O),
    ("Kirkby Lonsdale", L), ("Silverdale", L),
])

DOCS["snooker-masters-semifinal.txt"] = dict(dct="2026-01-17", ents=[
    ("Velvet Hammer", P), ("Pongsakorn", P), ("Masters", M), ("Owain Trelawney-Hughes", P),
    ("Alexandra Palace", L), ("LONDON", L), ('Rhodri "the Velvet Hammer" Penhallow-Evans', P),
    ("Thailand", L), ("Pongsakorn Siriwattana", P), ("Welshman", M), ("Cue Ball Club", O),
    ("Treorchy", L), ("Penhallow-Evans", P), ("BBC", O), ("Ally Pally", L),
    ("Siriwattana", P), ("Ma Jinhao", P), ("Bangkok", L), ("Smiling Assassin", P),
    ("Scotland", L), ("Ewan McCorquodale-Reid", P), ("Englishman", M),
    ("Barnaby Oduya-Clarke", P), ("McCorquodale-Reid", P), ("Scottish Open", M),
    ("Kirkcaldy", L), ("Fife Flyer", P), ("Oduya-Clarke", P), ("Grantham", L),
    ("UK Championship", M), ("York", L), ("World Snooker Tour", O),
    ("Gerald Fenwick-Abara", P), ("London", L), ("Paul Hunter Trophy", M), ("Triple Crown", M),
    ("World Championship", M), ("Crucible", L), ("Sheffield", L), ("Belgian", M),
    ("Luc Vandermeulen-Ost", P), ("Rhodri", P),
])

DOCS["sumo-kyushu-basho-final-day.txt"] = dict(dct="2026-11-22", ents=[
    ("Hokuseiryu", P), ("Kyushu Basho", M), ("Japan Sports Wire", O), ("FUKUOKA", L),
    ("Akatsukiyama", P), ("Fukuoka Kokusai Center", L), ("Emperor's Cup", M), ("Hakodate", L),
    ("Hokkaido", L), ("Kirinohana", P), ("Kasanui", O), ("Japan Sumo Association", O),
    ("Minazuki Takeshi", P), ("Sato Ryota", P), ("Nihon University", O),
    ("Shiragumo", O, [0]), ("Shiragumo", P, [1]), ("Tokyo", L), ("Ryogoku", L),
    ("Judging Division", O), ("Mongolian", M), ("Tsogtbayar", P), ("Tenseiryu", P),
    ("Georgian", M), ("Lasha Beridze-Kvirkvelia", P), ("Kokkaizan", P), ("New Year Basho", M),
    ("Ryogoku Kokugikan", L), ("NHK", O),
])

DOCS["funding-week-in-startups.txt"] = dict(dct="2026-02-06", ents=[
    ("Lagos", L), ("Tallinn", L), ("Utah", L), ("Term Sheet Digest", O), ("Ledgerwise", O),
    ("Partech Africa", O), ("Nigerian", M), ("Adaeze Okonkwo-Bello", P),
    ("Ledgerwise Flex", M), ("Nigeria", L), ("Ghana", L), ("Kalevi Robotics", O),
    ("Plural", O), ("European Innovation Council (EIC) Fund", O), ("Kalev-3", M),
    ("Kertu Saarepuu-Lind", P), ("Tartu", L), ("Skyhollow Aero", O), ("Ogden", L),
    ("Andreessen Horowitz", O), ("a16z", O), ("Lockheed Martin Ventures", O),
    ("Wasatch Power Cooperative", O), ("Skyhollow S4", M), ("Wyoming", L),
    ("Mitra Health", O), ("Bengaluru", L), ("Peak XV Partners", O), ("MitraCare", M),
    ("Karnataka", L), ("Telangana", L), ("Quokka Ledger", O), ("Melbourne", L),
    ("Blackbird Ventures", O), ("Square Peg Capital", O), ("Nuvem Sol", O), ("Recife", L),
    ("Kaszek", O), ("International Finance Corporation", O), ("IFC", O), ("Pernambuco", L),
    ("Paraíba", L), ("Berlin", L), ("Kiezbox", O), ("Paris", L), ("Mistral AI", O),
    ("Théo Bouchardeau-Lamy", P), ("Ondine Labs", O), ("Y Combinator", O),
    ("Latin America", L), ("PitchBook", O), ("Africa", L), ("TLcom Capital", O),
    ("Marisol Etxeberria-Quinn", P),
])

DOCS["wildlife-tsavo-elephant-collars.txt"] = dict(dct="2026-06-10", ents=[
    ("Tsavo", L), ("Big Mama", M), ("Wanjiru Kamau-Otieno", P), ("Voi", L),
    ("Kenya Wildlife Service", O), ("KWS", O), ("Tsavo East National Park", L),
    ("Tsavo Landscape Trust", O), ("TLT", O), ("University of Nairobi", O),
    ("Department of Veterinary Anatomy and Physiology", O), ("Kenya Wildlife Service Airwing", O),
    ("Galana River", L), ("Mutua Kilonzo-Ngeno", P), ("Mbulia", L), ("Sagalla", L),
    ("Kasigau", L), ("Taita-Taveta County Government", O), ("Nairobi", L), ("Mombasa", L),
    ("Standard Gauge Railway", L), ("EarthRanger", M), ("East Africa", L),
    ("Save the Elephants", O), ("Samburu", L), ("Halima Abdirahman-Sayed", P),
    ("Tsavo Conservation Area", L), ("Tsavo West", L), ("Chyulu Hills", L), ("Amboseli", L),
    ("Tanzanian", M), ("Mount Kilimanjaro", L), ("Taita-Taveta", L), ("Wundanyi", L),
    ("Josephat Mwakio-Mghendi", P), ("National Assembly", O),
    ("Committee on Environment, Forestry and Mining", O),
])

DOCS["antarctic-nuyina-casey-resupply.txt"] = dict(dct="2026-11-05", ents=[
    ("Nuyina", M), ("Casey", L), ("Denman", L), ("HOBART", L), ("Australia", L),
    ("RSV Nuyina", M), ("Hobart", L), ("Australian Antarctic Program", M), ("AAP", M),
    ("Australian Antarctic Division", O), ("AAD", O), ("Serco", O), ("Budd Coast", L),
    ("Imogen Tasker-Vidal", P), ("Denman Glacier", L), ("East Antarctic Ice Sheet", L),
    ("Shackleton Ice Shelf", L), ("Rohan Achterberg-Nkosi", P), ("University of Tasmania", O),
    ("Institute for Marine and Antarctic Studies", O), ("IMAS", O), ("Cape Hoadley", L),
    ("Achterberg-Nkosi", P), ("Earth", L), ("Aurora Subglacial Basin", L), ("Vanderford", L),
    ("Totten", L), ("Million Year Ice Core", M), ("Little Dome C", L), ("French", M),
    ("Italian", M), ("Concordia", L), ("Bureau of Meteorology", O), ("Davis", L),
    ("Mawson", L), ("Framnes Mountains", L), ("British Antarctic Survey", O), ("Auster", L),
    ("Macquarie Wharf", L), ("Macquarie Island", L),
])

DOCS["galway-council-parks-plan.txt"] = dict(dct="2026-04-14", ents=[
    ("Terryland", L), ("Knocknacarra", L), ("Siobhán Ní Fhlatharta", P),
    ("Corrib Courier Online", O), ("Galway City Council", O), ("Terryland Forest Park", L),
    ("Corrib", L), ("Recreation and Amenity Department", O), ("Brady Shipman Martin", O),
    ("South Park", L), ("Claddagh", L), ("Mervue", L), ("Dyke Road", L),
    ("Bóthar na mBan", L), ("Eimear Ó Ceallaigh-Burke", P), ("Fianna Fáil", O),
    ("Cappagh Road", L), ("Western Distributor Road", L), ("Gaelscoil Dara", O),
    ("Tadhg Mac Giolla Phádraig", P), ("Sinn Féin", O), ("Ballybane", L), ("Castlepark", L),
    ("Salthill", L), ("Galway", L), ("Nuala Keaveney-Diop", P), ("Senegalese", M),
    ("Irish", M), ("Connacht", L), ("Office of Public Works", O), ("OPW", O), ("Woodquay", L),
    ("Liam Fahy-Brennan", P), ("Urban Regeneration and Development Fund", M), ("URDF", M),
    ("Plean Páirceanna na Gaillimhe", M), ("Official Languages Act", M), ("City Hall", L),
    ("College Road", L), ("Westside Library", O), ("Galway Cycling Campaign", O),
    ("Quincentenary Bridge", L),
])

if __name__ == "__main__":
    build_set("entdev9", DOCS)
