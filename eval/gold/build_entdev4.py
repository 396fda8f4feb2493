#!/usr/bin/env python3
"""Build eval/gold/entdev4.jsonl: blind entity gold for corpus/entdev4/*.txt (list format and
checks in entgold.py). Run from the repository root: python3 eval/gold/build_entdev4.py [-v]
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from entgold import P, O, L, M, build_set  # noqa: E402  (the shared builder, beside this file)

DOCS = {}

DOCS["soccer-real-sociedad-dortmund.txt"] = dict(dct="2026-10-22", ents=[
    ("Real Sociedad", O), ("Dortmund", O), ("Anoeta", L), ("Ibarguren", P),
    ("Nerea Olaizola-Brandt", P), ("Touchline Review", O), ("SAN SEBASTIÁN", L), ("Spain", L),
    ("Reale Arena", L), ("Borussia Dortmund", O), ("Champions League", M), ("Germans", M),
    ("Unai Ibarguren", P), ("Zarautz", L), ("Danish", M), ("Mikkel Thorsager-Voss", P),
    ("Japanese", M), ("Hayato Kuribara", P), ("Ivorian", M), ("Souleymane Kouadio-Fischer", P),
    ("Basque", M), ("Henrik Wallbrecht", P), ("Austrian", M), ("Lukas Pramberger", P),
    ("Iker Lasarte-Moreno", P), ("Copa del Rey", M), ("Osasuna", O), ("Uruguayan", M),
    ("Facundo Basterrechea", P), ("Wallbrecht", P), ("American", M), ("Tyler Ashcombe", P),
    ("Lasarte-Moreno", P), ("La Liga", O), ("Bundesliga", O), ("Mainz", O), ("Benfica", O),
    ("Signal Iduna Park", L), ("Villarreal", O),
])

DOCS["agate-nhl-tuesday-results.txt"] = dict(dct="2026-03-04", ents=[
    ("Hurricanes", O), ("Rangers", O), ("Bruins", O), ("Okonedo", P),
    ("Wes Kadlecik-Moore", P), ("Northline Sports Wire", O), ("NEW YORK", L), ("NSW", O),
    ("Dmitri Akhvlediani", P), ("Jordan Okonedo", P), ("New York Rangers", O),
    ("Boston Bruins", O), ("Madison Square Garden", L), ("Eastern Conference", O),
    ("Carolina", O), ("Finnish", M), ("Aatu Hirvonen-Lahti", P), ("Colorado", O),
    ("Winnipeg", O), ("Edmonton", O), ("Cale Brisebois-Nakamura", P), ("Marty Delahunt", P),
    ("NHL", O), ("NY Rangers", O), ("Boston", O), ("Pittsburgh", O), ("Tampa Bay", O),
    ("Ottawa", O), ("Dallas", O), ("St. Louis", O), ("Vegas", O), ("Seattle", O),
    ("San Jose", O), ("METROPOLITAN DIVISION", O), ("Washington", O), ("Montreal", O),
    ("Toronto", O), ("Philadelphia", O), ("NY Islanders", O), ("Chicago", O), ("Minnesota", O),
    ("Pastrana-Lindqvist", P), ("Ferreira-Holt", P), ("Lemieux-Abara", P), ("Sandvik", P),
    ("Wrenfield", P), ("Akhvlediani", P),
])

DOCS["wire-allcaps-rotterdam-dockers.txt"] = dict(dct="2026-05-14", ents=[
    ("ROTTERDAM", L), ("ANTWERP", L), ("FNV", O), ("ACV", O), ("NETHERLANDS", L),
    ("CONTINENTAL PRESS AGENCY", O), ("DUTCH", M), ("FNV HAVENS", O), ("BELGIAN", M),
    ("ACV-TRANSCOM", O), ("NORDZEE STEVEDORING", O), ("MARIEKE VAN DER STAAL", P),
    ("Maasvlakte II", L), ("Antwerp", L), ("Deurganck Dock", L), ("Nordzee Stevedoring", O),
    ("Danish", M), ("Havblik Maritime A/S", O), ("Singapore", L), ("Tembusu Port Holdings", O),
    ("European", M), ("Van der Staal", P), ("Europaweg", L), ("Schiedam", L),
    ("Copenhagen", L), ("Geert Vanhoutte-Desmet", P), ("ACV-Transcom", O), ("Belgian", M),
    ("Dutch", M), ("Port of Rotterdam Authority", O), ("Hamburg", L), ("Bremerhaven", L),
    ("Maersk", O), ("MSC", O), ("Priyanka Oduya-Hartmann", P), ("Lindqvist & Baer", O),
    ("Amsterdam", L), ("Germany", L), ("France", L), ("Rhine", L),
    ("Joost Ten Haaf-Meier", P), ("Celine Abara-Dufresne", P),
])

DOCS["space-comet-halvard-flyby.txt"] = dict(dct="2026-09-17", ents=[
    ("Enceladus", L), ("Ingrid Solheim-Achebe", P), ("Orbital Notes", O),
    ("European Space Agency", O), ("Lyra", M), ("Comet 41P/Halvard", L),
    ("Nature Astronomy", O), ("Ariane 6", M), ("Kourou", L), ("French Guiana", L), ("Mars", L),
    ("Max Planck Institute for Solar System Research", O), ("Göttingen", L),
    ("Tomasz Wierzbicki-Lund", P), ("Jet Propulsion Laboratory", O), ("Pasadena", L),
    ("Bern", L), ("NASA", O), ("Enceladus Orbilander", M), ("ESA", O), ("Saturn", L),
    ("Halvard", L), ("Very Large Telescope", M), ("Chile", L), ("Atacama Desert", L),
    ("James Webb Space Telescope", M), ("Amaru Quispe-Tanaka", P),
    ("Universidad Nacional de San Agustín", O), ("Arequipa", L), ("Peru", L),
    ("Quispe-Tanaka", P), ("American Geophysical Union", O), ("San Francisco", L),
    ("Jupiter", L),
])

DOCS["india-tamil-nadu-counting.txt"] = dict(dct="2026-05-04", ents=[
    ("DMK", O), ("Kongu", L), ("AIADMK", O), ("Madurai", L), ("Tamil Nadu", L),
    ("Chennai Ledger", O), ("CHENNAI", L), ("Edappadi Muthuvel Saravanan", P),
    ("Kathiravan Elangovan", P), ("Kolathur", L), ("Anna Arivalayam", L), ("Dravidian", M),
    ("Thenmozhi Arulselvan", P), ("Thousand Lights", L), ("Coimbatore", L), ("Tiruppur", L),
    ("Kongunadu Makkal Desia Katchi", O), ("KMDK", O), ("Palanisamy Gounder Ilango", P),
    ("Avinashi Road", L), ("BJP", O), ("PMK", O), ("Nagercoil", L),
    ("Vanathi Ramalingam-Iyer", P), ("Congress", O), ('Vijayaraghavan "Thalapathy" Sundaram', P),
    ("Makkal Nalan Iyakkam", O), ("Virugambakkam", L), ("Sellur Raju Kannappan", P),
    ("Madurai West", L), ("Kerala", L), ("CPI(M)", O), ("Left Democratic Front", O),
    ("United Democratic Front", O), ("Delhi", L), ("Harshvardhan Tiwari-Rao", P),
    ("Election Commission of India", O), ("results.eci.gov.in", M),
])

DOCS["asia-kanshin-battery-stake.txt"] = dict(dct="2026-06-11", ents=[
    ("Kanshin Group", O), ("Shenzhen", L), ("Tokyo", L), ("Chinese", M),
    ("Pacific Markets Daily", O), ("Osaka", L), ("Huarong Cell Technology", O), ("Beijing", L),
    ("Kanshin Holdings", O), ("Tokyo Stock Exchange", O), ("Sato Kenji", P),
    ("Kanshin Mobility", O), ("Korea", L), ("Huarong", O), ("Shenzhen Stock Exchange", O),
    ("ChiNext", O), ("Sato", P), ("Kanzaki Ryunosuke", P), ("Takahashi Emi", P),
    ("Kanshin", O), ("Zhang Wei", P), ("Kumamoto", L), ("Kyushu", L), ("Vietnam", L),
    ("Indonesia", L), ("Japanese", M), ("Zhang", P),
    ("Ministry of Economy, Trade and Industry", O), ("China", L), ("Ministry of Commerce", O),
    ("METI", O), ("Liu Mingzhu", P), ("Haitong Pacific Securities", O), ("Hong Kong", L),
    ("Park Minjun", P), ("Daewon Investment", O), ("Seoul", L), ("South Korean", M),
    ("LG Energy Solution", O), ("Samsung SDI", O), ("Nishinomiya", L), ("German", M),
    ("Brückner Signaltechnik", O),
])

DOCS["awards-harbourlight-music-prize.txt"] = dict(dct="2026-02-16", ents=[
    ("Ghost Orchard", O), ("Low Tide Hymns", M), ("Harbourlight Prize", M), ("Sable Rain", O),
    ("Paper Boats", M), ("Cormac Delaney-Osei", P), ("Wexford Sentinel-Herald", O),
    ("Galway", L), ("Harbourlight Music Prize", M), ("Dock Road", L), ("Cork", L),
    ("Áine Breathnach-Kowalski", P), ("Dingle", L), ("Róisín", P), ("Dublin", L),
    ("Rookery Records", O), ("Lamplighters", O), ("Wednesday Country", M),
    ("Half Moon Saints", O), ("Good Knives", M), ("Irish", M), ("Marguerite Okafor", P),
    ("The Ferryman's Daughter", M), ("Lars Eikenes-Mbeki", P), ("Okafor", P), ("Salt Road", M),
    ("Berlinale", M), ("Brass Monkey Parade", O), ("Limerick", L), ("Hurling Weather", M),
    ('Declan "Decko" Fitzmaurice', P), ("Electric Picnic", M), ("Stradbally", L),
    ("Nuala Haverty", P), ("RTÉ", O), ("Fintan O'Broin", P),
    ("Cúirt International Festival of Literature", M), ("Arts Council", O),
    ("Corrib Hollow", O), ("Haverty", P),
])

DOCS["vatican-synod-deacons.txt"] = dict(dct="2026-11-09", ents=[
    ("Filipino", M), ("VATICAN CITY", L), ("Catholic Affairs Service", O),
    ("Emmanuel Dimaculangan-Reyes", P), ("Cebu", L), ("Synod on Synodality", M),
    ("Sala Stampa", O), ("Vatican", L), ("Giacomo Ferrantelli", P),
    ("Ordinary Council of the General Secretariat of the Synod", O),
    ("Paul VI Audience Hall", L), ("Dimaculangan-Reyes", P), ("Pontifical Filipino College", O),
    ("Rome", L), ("Hieronymus Adebayo-Kunz", P), ("Dicastery for the Clergy", O),
    ("Teodoro Quispe Mamani", P), ("Apostolic Vicariate of Puerto Maldonado", O),
    ("Peruvian", M), ("Amazon", L), ("Bernadette Nwachukwu-Oyelowo", P),
    ("Missionary Sisters of the Holy Rosary", O), ("Jesuit", M), ("La Civiltà Cattolica", O),
    ("American", M), ("Catholic Truth Alliance", O), ("Steubenville", L), ("Ohio", L),
    ("Second Vatican Council", M), ("Basilica Minore del Santo Niño", L),
    ("Archdiocese of Cebu", O), ("Mandaue", L), ("Lorna Cabahug", P),
    ("Jubilee of Deacons", M), ("Ferrantelli", P), ("St. Peter's Basilica", L),
])

DOCS["aviation-skyvale-a220-grounding.txt"] = dict(dct="2026-08-06", ents=[
    ("Skyvale", O), ("A220s", M), ("Minneapolis", L), ("Renata Kowalewska-Burke", P),
    ("AeroWatch Weekly", O), ("Skyvale Airlines", O), ("Airbus A220-300", M), ("Orlando", L),
    ("MCO", L), ("MSP", L), ("Pratt & Whitney GTF", M), ("Federal Aviation Administration", O),
    ("Orlando International Airport", L), ("Frontier Airlines", O), ("Southwest Airlines", O),
    ("Minneapolis-St. Paul International Airport", L), ("FAA", O),
    ("National Transportation Safety Board", O), ("Fort Lauderdale", L), ("FLL", L),
    ("Newark", L), ("EWR", L), ("Dolores Achterberg-Nunez", P),
    ("Air Line Pilots Association", O), ("Tampa", L), ("El Salvador", L), ("Miramar", L),
    ("Florida", L), ("Halberd Peak Partners", O), ("Graham Oyelaran-Tate", P),
    ("Aeromantenimiento del Pacífico", O), ("EASA", O), ("Boeing 737-800", M),
    ("Pratt & Whitney", O), ("RTX Corp.", O), ("GTF", M), ("A320neo", M),
    ("Spirit Airlines", O), ("Wizz Air", O), ("IndiGo", O), ("Tobias Lindfors-Okeke", P),
    ("Cirrus Ratings", O),
])

DOCS["courts-brief-marion-county.txt"] = dict(dct="2026-01-23", ents=[
    ("Elm Street", L), ("Ridgeview High", O), ("Hollis Falls Gazette-Dispatch", O),
    ("SALEM", L), ("Ore.", L), ("Keizer", L), ("Marion County Circuit Court", O),
    ("Elm Street NE", L), ("Salem Police Department", O),
    ("Trevor Dale Hollingsworth-Ruiz", P), ("Marcus Oyenuga", P), ("Salem", L),
    ("Oyenuga", P), ("Salem Health", O), ("Salem Hospital", O), ("Annaliese Brandvold", P),
    ("Hollingsworth-Ruiz", P), ("Kwabena Ashford-Lyle", P),
    ("Marion County Public Defender's Office", O), ("Marion County Sheriff's Office", O),
    ("AR-15", M), ("Portland Road NE", L), ("Ridgeview High School", O),
    ("Delfina Castañeda-Voss", P), ("Jalen Whitcomb", P), ("Ridgeview", O),
    ("Marion County Jail", L), ("Polk County", L), ("Salem-Keizer School District", O),
    ("Keizer Police Department", O), ("Crime Stoppers of the Mid-Willamette Valley", O),
    ("Oregon State Police", O), ("Woodburn", L), ("Priscila Mendoza Arreola", P),
    ("Interstate 5", L), ("Jefferson", L),
])

DOCS["release-university-enzyme-plastics.txt"] = dict(dct="2026-07-21", ents=[
    ("Thornbury University", O), ("Thornbury University Office of Research Communications", O),
    ("LANCASTER", L), ("Pa.", L), ("Oluwaseun Marchetti-Grey", P), ("Nature Catalysis", O),
    ("Amish", M), ("Lancaster County", L), ("Marchetti-Grey Lab", O),
    ("Hensley Institute for Sustainable Materials", O), ("Marchetti-Grey", P),
    ("Adeline and Hubert Vossberg Professorship in Chemical Biology", M), ("Chen Yiling", P),
    ("Declan Obi-Hartnett", P), ("University of Manchester", O),
    ("National Renewable Energy Laboratory", O), ("Golden", L), ("Colorado", L),
    ("National Science Foundation", O), ("U.S. Department of Energy", O),
    ("Office of Science", O), ("Pennsylvania Department of Environmental Protection", O),
    ("Wellcome Leap", O), ("Thornbury", O), ("FibreLoop Bio Inc.", O),
    ("Amara Lindqvist-Njoku", P), ("Ben Franklin TechVentures", O), ("Bethlehem", L),
    ("FibreLoop", O), ("Keystone Climate Fund", O), ("Patagonia", O), ("Penn Medicine", O),
    ("Lindqvist-Njoku", P), ("Lancaster", L), ("Pennsylvania", L),
    ("Association of American Universities", O), ("Hollis Brandywine-Ade", P),
    ("Office of Research Communications", O),
])

DOCS["weather-tropical-storm-marisol-louisiana.txt"] = dict(dct="2026-10-05", ents=[
    ("Marisol", M), ("Vermilion", L), ("Acadiana", L), ("Beau Thibodeaux-Mensah", P),
    ("Kezia Landry-Okoro", P), ("Gulf Coast Courier", O), ("LAFAYETTE", L), ("La.", L),
    ("Tropical Storm Marisol", M), ("Cameron", L), ("Vermilion River", L), ("Lafayette", L),
    ("National Weather Service", O), ("Lake Charles", L), ("Mermentau River", L),
    ("Bayou Teche", L), ("Rosalind Fontenot-Baptiste", P), ("Acadia", L), ("St. Martin", L),
    ("Dwayne Guidry-Asante", P), ("Lafayette Consolidated Government", O),
    ("Ambassador Caffery Parkway", L), ("Cleco", O), ("Entergy Louisiana", O),
    ("Louisiana Public Service Commission", O), ("Georgia Power", O), ("Duke Energy", O),
    ("Opelousas", L), ("White House", O), ("Federal Emergency Management Agency", O),
    ("FEMA", O), ("Cajundome", L), ("American Red Cross", O),
    ("Governor's Office of Homeland Security and Emergency Preparedness", O),
    ("Abbeville", L), ("Louisiana Highway 82", L), ("Pecan Island", L),
    ("Jefferson Davis Parish", L), ("Cameron Parish", L), ("Texas", L), ("Orange County", L),
    ("Beaumont", L), ("Louisiana National Guard", O),
])

if __name__ == "__main__":
    build_set("entdev4", DOCS)
