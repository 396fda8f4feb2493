#!/usr/bin/env python3
"""Build eval/gold/entdev1.jsonl: blind entity gold for corpus/entdev1/*.txt (list format and
checks in entgold.py). Run from the repository root: python3 eval/gold/build_entdev1.py [-v]
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from entgold import P, O, L, M, build_set  # noqa: E402  (the shared builder, beside this file)

DOCS = {}

DOCS["alert-wire-bulletins.txt"] = dict(dct="2026-09-15", ents=[
    ("NXW", O), ("DANISH", M), ("NORDHAVN LINES", O), ("NORDHAVN", O), ("HAMBURG", L),
    ("METTE KJÆRGAARD", P), ("COPENHAGEN", L), ("MAERSK", O), ("U.S.", L),
    ("COMMERCE DEPARTMENT", O), ("FED", O), ("LAWANDA PRYCE", P),
    ("WASHINGTON UNIVERSITY IN ST. LOUIS", O), ("BRAZIL", L), ("PETROBRAS", O),
    ("FOZ DO AMAZONAS", L), ("IBAMA", O), ("CALIFORNIA", L), ("ZIPLANE INC", O), ("ZIPLANE", O),
    ("DEVON ASHCROFT", P), ("TOYOTA", O), ("GREENSBORO", L), ("N.C.", L), ("UK", L),
    ("OLIVER PENHALIGON", P), ("PARLIAMENT", O), ("TREASURY", O), ("SWISS", M),
    ("ALPSTEIN BIOPHARMA AG", O), ("ZURICH", L), ("EU COMMISSION", O), ("CHINESE", M),
    ("HELENA VAARTJES", P), ("NASA", O), ("ARTEMIS III", M), ("SPACEX", O), ("STARSHIP", M),
    ("NIGERIA", L), ("DANGOTE GROUP", O), ("LAGOS", L),
])

DOCS["sports-bucks-pacers.txt"] = dict(dct="2026-11-21", ents=[
    ("Okafor", P), ("Dario Okafor", P), ("Dario", P), ("Bucks", O), ("Pacers", O),
    ("MILWAUKEE", L), ("NXW Sports", O), ("Milwaukee Bucks", O), ("Indiana Pacers", O),
    ("Fiserv Forum", L), ("Milwaukee", O), ("Reggie Thibodeaux", P), ("Cleveland Cavaliers", O),
    ("Central Division", O), ("Anton Weller", P), ("Weller", P), ("Marcus Delane", P),
    ("Jalen Oyelaran", P), ("Indiana", O), ("Tomás Ibarguen", P), ("Kwame Asante-Berg", P),
    ("Asante-Berg", P), ("Luka Vrdoljak", P), ("Vrdoljak", P), ("Gonzaga", O),
    ("Wisconsin Herd", O), ("G League", O), ("Eastern Conference", O),
    ("Gainbridge Fieldhouse", L), ("Indianapolis", L), ("Toronto Raptors", O),
])

DOCS["sports-golf-dubai-roundup.txt"] = dict(dct="2026-11-13", ents=[
    ("Lykke", P), ("Anders Lykke", P), ("Dubai", L), ("Race to Dubai", M), ("DUBAI", L),
    ("United Arab Emirates", L), ("Denmark", L), ("DP World Tour Championship", M),
    ("DP World Tour", O), ("Jumeirah Golf Estates", L), ("Dane", M), ("South Africa", L),
    ("Thabo Mokoena", P), ("Mokoena", P), ("Japan", L), ("Kazuki Morimoto", P), ("Morimoto", P),
    ("Spaniard", M), ("Joaquín Ibarra-Solís", P), ("Joaquín", P), ("Ibarra-Solís", P),
    ("Italy", L), ("Tommaso Ferrandi", P), ("Ferrandi", P), ("Korean", M), ("Seo Min-jun", P),
    ("Seo", P), ("Frenchman", M), ("Jean-Baptiste Lemaître", P), ("Ireland", L),
    ("Ruairí Ó Dálaigh", P), ("Ó Dálaigh", P), ("Sweden", L), ("Ludvig Åkesson", P),
    ("Italian Open", M), ("PGA Tour", O), ("Masters", M), ("Germany", L),
    ("Felix Brandauer", P), ("Englishman", M), ("Callum Whitcombe", P), ("European", M),
    ("Ryder Cup", M), ("Bethpage Black", L), ("Earth", L),
    ("DEN", L), ("RSA", L), ("JPN", L), ("ESP", L), ("ITA", L), ("KOR", L),
])

DOCS["headlines-morning-list.txt"] = dict(dct="2026-03-12", ents=[
    ("Senate", O), ("Colorado River", L), ("Arizona", L), ("Nevada", L),
    ("Senate Energy and Natural Resources Committee", O), ("Boeing", O), ("Qantas", O),
    ("Dreamliners", M), ("Airbus", O), ("Australian", M), ("787-10", M), ("Ohio State", O),
    ("Oregon", O), ("Priya Castellanos", P), ("Castellanos", P), ("Gene Holloway", P),
    ("Buckeyes", O), ("Memphis", L), ("Memphis-Shelby County Schools", O),
    ("Memphis Education Association", O), ("Netflix", O), ("Harbor Lights", M), ("Belfast", L),
    ("Irish", M), ("Declan Furey", P), ("English", M), ("Europe", L), ("New York", L),
    ("Hochul", P), ("National Grid", O), ("Pennsylvania", L), ("Quebec", L), ("Syracuse", L),
    ("Utica", L), ("Fed", O), ("Beige Book", M), ("Midwest", L), ("South", L), ("Chicago", L),
    ("St. Louis", L), ("Scripps", O), ("Baja California", L),
    ("Environmental Science & Technology", O), ("Mariners", O), ("Kenji Arakawa", P),
    ("American League", O), ("Cy Young", M),
])

DOCS["obituary-bridge-engineer.txt"] = dict(dct="2026-06-08", ents=[
    ("Evelyn Marsh Tanaka", P), ("Carol Jennings", P), ("Lafayette Courier-Ledger", O),
    ("Indiana", L), ("West Lafayette", L), ("Ruth Tanaka-Oberlin", P),
    ("Evelyn Louise Marsh", P), ("Vincennes", L), ("Ind.", L), ("Harold Marsh", P),
    ("Pennsylvania Railroad", O), ("Iva (Doane) Marsh", P), ("Lincoln High School", O),
    ("Purdue University", O), ("Purdue", O), ("Lyles School of Civil Engineering", O),
    ("U.S. Army Corps of Engineers", O), ("Louisville", L), ("Ky.", L),
    ("Indiana State Highway Commission", O), ("Indiana Department of Transportation", O),
    ("INDOT", O), ("Marcus Whitfield", P), ("Evelyn", P), ("Kentucky Transportation Cabinet", O),
    ("Ohio River", L), ("Jeffersonville", L), ("George Tanaka", P), ("Eli Lilly and Company", O),
    ("Indianapolis", L), ("Sacramento", L), ("Calif.", L), ("World War II", M),
    ("Bloomington", L), ("Daniel Tanaka", P), ("Evanston", L), ("Ill.", L),
    ("June Marsh Kettering", P), ("Terre Haute", L), ("Federated Church", L),
    ("Society of Women Engineers", O),
])

DOCS["politics-eu-mercosur-vote.txt"] = dict(dct="2026-02-11", ents=[
    ("European Parliament", O), ("EU", O), ("Mercosur", O), ("French", M), ("STRASBOURG", L),
    ("France", L), ("European Union", O), ("South American", M), ("Irish", M), ("Brazil", L),
    ("Argentina", L), ("Uruguay", L), ("Paraguay", L), ("European People’s Party", O),
    ("Renew Europe", O), ("Greens", M), ("Socialists", M), ("Emmanuel Macron", P),
    ("Renaissance", O), ("European", M), ("Kristof Vandermeulen", P), ("Belgian", M),
    ("Brussels", L), ("Paris", L), ("Sandrine Morvan-Leclerc", P),
    ("Court of Justice of the European Union", O), ("Brazilian", M),
    ("Heloísa Prado Vasconcelos", P), ("Brasília", L), ("Itamaraty Palace", L),
    ("Javier Milei", P), ("Congress", O), ("Peronists", M), ("Germany", L),
    ("Friedrich Merz", P), ("Christian Democrats", M), ("Europe", L), ("Polish", M),
    ("Austrian", M), ("Council of the European Union", O), ("Warsaw", L), ("Vienna", L),
    ("Avenue du Président Robert Schuman", L),
])

DOCS["business-veltrix-harzmann.txt"] = dict(dct="2026-04-27", ents=[
    ("Veltrix", O), ("Veltrix Semiconductor Inc.", O), ("Veltrix Automotive", O),
    ("Harzmann Optik", O), ("Harzmann Optik AG", O), ("German", M), ("SAN JOSE", L),
    ("Calif.", L), ("NXW", O), ("NASDAQ", O), ("VLTX", O), ("Jena", L), ("Germany", L),
    ("Harzmann", O), ("Klaus Harzmann", P), ("Volkswagen AG", O), ("Stellantis N.V.", O),
    ("Brno", L), ("Czech Republic", L), ("Harzmann Vision GmbH", O), ("Munich", L),
    ("San Jose", L), ("VX-900", M), ("Adaeze Okonkwo", P), ("Okonkwo", P), ("ClearSight", M),
    ("ClearSight 4", M), ("Lumicore Ltd", O), ("LSE", O), ("LMC", O),
    ("Sensores Ibéricos S.A.", O), ("Valencia", L), ("Spain", L), ("Grupo Almenara", O),
    ("Sabine Harzmann-Roth", P), ("Goldman Sachs", O), ("Deutsche Bank", O),
    ("European Commission", O), ("Federal Cartel Office", O), ("Trevor Baines", P),
    ("Baines", P), ("Northcote Securities", O), ("Hyundai Motor Co.", O),
])

DOCS["courts-washtenaw-brief.txt"] = dict(dct="2026-10-06", ents=[
    ("Ypsilanti", L), ("Huron River Drive", L), ("Dana Whitlock", P), ("Washtenaw County", L),
    ("Pioneer High School", O), ("Pioneer", O), ("Patricia\u00a0Lomax", P),
    ("14A District Court", O), ("Tyler James Brandt", P), ("Brandt", P),
    ("Washtenaw County Trial Court", O), ("Washtenaw County Jail", L),
    ("Washtenaw County Sheriff’s Office", O), ("Dodge Charger", M), ("Washtenaw Avenue", L),
    ("Golfside Road", L), ("Dixboro Road", L), ("Honda Civic", M), ("Civic", M),
    ("University of Michigan Health", O), ("C.S. Mott Children’s Hospital", O),
    ("Ann Arbor", L), ("Luis Ortega-Reyes", P), ("Michigan", L), ("Nathaniel Grooms", P),
    ("Grooms", P), ("Dwight Maddox", P), ("Ann Arbor Public Schools", O),
    ("Renata Kowalczyk", P),
])

DOCS["tech-lumora-glass-launch.txt"] = dict(dct="2026-09-09", ents=[
    ("Lumora", O), ("Lumora Labs", O), ("Glass 2", M), ("Lumora Glass 2", M),
    ("Lumora Glass", M), ("Glass", M), ("SAN FRANCISCO", L), ("LumOS 3", M), ("Google", O),
    ("Android XR", M), ("Android", M), ("Google Play", M), ("Google Maps", M), ("Meta", O),
    ("Ray-Ban Meta", M), ("Apple", O), ("Rafael Quintanilla", P), ("Quintanilla", P),
    ("Bill Graham Civic Auditorium", L), ("U.S.", L), ("Canada", L), ("Japan", L),
    ("iPhones", M), ("Lumora Link", M), ("App Store", M), ("WhatsApp", M), ("Spotify", M),
    ("Uber", M), ("Microsoft Teams", M), ("Lumora Studio", M), ("Halo", M), ("Meridian AI", O),
    ("Qualcomm Snapdragon AR2", M), ("Sony Semiconductor Solutions", O),
    ("Mei-Ling Foster", P), ("IDC", O), ("EssilorLuxottica", O), ("Palo Alto", L),
    ("Calif.", L), ("Andreessen Horowitz", O),
])

DOCS["arts-tiff-salt-orchard.txt"] = dict(dct="2026-09-20", ents=[
    ("The Salt Orchard", M), ("Toronto", L), ("TORONTO", L), ("Noor Haddad", P), ("Haddad", P),
    ("Lebanese", M), ("Canadian", M), ("Tripoli", L), ("Montreal", L),
    ("People’s Choice Award", M), ("People’s Choice", M), ("Toronto International Film Festival", M),
    ("Samir Aoun", P), ("Aoun", P), ("Oscar", M), ("Lebanon", L), ("Concordia University", O),
    ("Roy Thomson Hall", L), ("Kaori Nishida", P), ("Winter Ferry", M), ("Japanese", M),
    ("Loud Enough", M), ("Detroit", L), ("Static Parade", O), ("Neon", O),
    ("North American", M), ("Mubi", O), ("U.K.", L), ("Ireland", L), ("Beirut", L),
    ("Rami Khoury", P), ("Khoury", P), ("Lemon Light", M), ("Sub Pop", O),
    ("Harbour Songs", M), ("Polaris Music Prize", M), ("Ethan Marlowe", P), ("Marlowe", P),
    ("Quebec", L), ("Blue Line", M), ("French", M), ("Isabelle Fournier", P), ("Fournier", P),
    ("TIFF Tribute Award", M), ("TIFF", M), ("Palme d’Or", M), ("La Maison Rouge", M),
    ("Academy Awards", M), ("Nomadland", M), ("Green Book", M), ("Northern Reach", M),
    ("Chloé Bergeron", P),
])

DOCS["science-rsv-minnesota-study.txt"] = dict(dct="2026-07-14", ents=[
    ("Minnesota", L), ("Hannah Osei", P), ("MINNEAPOLIS", L), ("JAMA Pediatrics", O),
    ("Larsen Lab", O), ("University of Minnesota Medical School", O), ("Wisconsin", L),
    ("Minnesota Department of Health", O), ("Marshfield Clinic Health System", O),
    ("Kristin Larsen", P), ("Larsen", P), ("Sanofi", O), ("AstraZeneca", O), ("Beyfortus", M),
    ("Twin Cities", L), ("Centers for Disease Control and Prevention", O), ("CDC", O),
    ("Hennepin County", L), ("National Institutes of Health", O), ("NIH", O),
    ("Minnesota Partnership for Biotechnology and Medical Genomics", O),
    ("Anil Ramaswamy", P), ("Children’s Minnesota", O),
    ("American Academy of Pediatrics", O), ("AAP", O),
])

DOCS["spun-va-cloud-migration.txt"] = dict(dct="2026-08-03", ents=[
    ("Veterans Matters Division", O), ("Amazon Net Services", O), ("Oracle", O),
    ("Bloomberg Authorities", O), ("Division of Veterans Matters", O), ("Oracle Corp.", O),
    ("Undertaking Lighthouse", M), ("Austin", L), ("Texas", L), ("Philadelphia", L),
    ("Amazon.com Inc.", O), ("Oracle Well being", O), ("Cerner", O),
    ("Mann-Grandstaff VA Medical Heart", O), ("Spokane", L), ("Washington", L),
    ("Marcus Tillery", P), ("Authorities Accountability Workplace", O),
    ("Patty Brennan-Oakes", P), ("Democrat", M), ("Montana", L),
    ("Senate Committee on Veterans’ Affairs", O), ("Microsoft Azure", M), ("Google Cloud", O),
    ("Microsoft", O), ("Google", O), ("Ana Lucía Ferreyra", P), ("Homeland Safety Division", O),
    ("Protection Well being Company", O), ("GovCloud", M),
], unannotated=[("For extra articles like this", None)])  # trailer to end of text


if __name__ == "__main__":
    build_set("entdev1", DOCS)
