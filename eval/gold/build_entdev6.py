#!/usr/bin/env python3
"""Build eval/gold/entdev6.jsonl: blind entity gold for corpus/entdev6/*.txt (list format and
checks in entgold.py). Run from the repository root: python3 eval/gold/build_entdev6.py [-v]
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from entgold import P, O, L, M, build_set  # noqa: E402  (the shared builder, beside this file)

DOCS = {}

DOCS["racing-haydock-greyfriars-sprint.txt"] = dict(dct="2026-09-05", ents=[
    ("Kettle Of Herons", M), ("Greyfriars Sprint", M), ("Doyle-Maguire", P), ("Haydock", L),
    ("HAYDOCK", L), ("Merseyside", L), ("Paddock Wire", O), ("Bramblewick Racing Syndicate", O),
    ("Ciaran Doyle-Maguire", P), ("Greyfriars Sprint Stakes", M), ("Haydock Park", L),
    ("Whatsherface", M), ("Middleham", L), ("Rosalind Acheson-Vale", P), ("York", L),
    ("Knavesmire", L), ("Acheson-Vale", P), ("Ciaran", P), ("County Kildare", L),
    ("Fintan Ó Laoghaire", P), ("Qatari", M), ("Al Dhafra Stud", O), ("Ryan Tsakalidis", P),
    ("Sir Percival Gloom", M), ("Lambourn", L), ("Hugo Farquharson-Bligh", P), ("Irishman", M),
    ("Bramblewick", O), ("Tomasz Wierzbicki", P), ("Chester", L), ("Thirsk", L),
    ("Gwen Hallorann", P), ("Three Tuns", O), ("M62", L), ("Hallorann", P),
    ("British Horseracing Authority", O), ("Prix de l'Abbaye", M), ("ParisLongchamp", L),
    ("Breeders' Cup", M), ("Del Mar", L), ("Flying Five", M), ("Curragh", L),
    ("Old Borough Cup", M), ("Mister Quarterstaff", M),
])

DOCS["fashion-paris-marchetti-debut.txt"] = dict(dct="2026-09-29", ents=[
    ("Paris Fashion Week", M), ("Odile Marchetti", P), ("Marchetti", O, [1, 2, 4, 6]),
    ("Marchetti", P, [7]), ("Sève Okonjo", P), ("Laure Vannier-Diallo", P), ("PARIS", L),
    ("Lagos", L), ("Maison Delacroix-Ferrat", O), ("Halle Freyssinet", L), ("Arvelle SA", O),
    ("Arvelle", O), ("Bastien Hérault-Lindqvist", P), ("Okonjo", P), ("Soft Armour", M),
    ("Savile Row", L), ("Japanese", M), ("Lesage", O), ("Senegalese", M),
    ("Aminata Faye-Rousseau", P), ("Anna-Lise Brückner", P), ("Vogue Deutschland", O),
    ("Danish", M), ("Holm & Vestergaard", O), ("Pont Alexandre III", L),
    ("Kenzaburo Ishikawa-Lane", P), ("Quietude", O), ("Baudelaire", P),
    ("Fédération de la Haute Couture et de la Mode", O), ("Imogen Achterberg", P),
    ("Le Bon Marché", O), ("Le Figaro", O), ("Carrousel du Louvre", L), ("Chanel", O),
])

DOCS["kpop-lumi9-comeback-chart.txt"] = dict(dct="2026-10-14", ents=[
    ("LUMI9", O), ("Circle Chart", M), ("Paper Comet", M), ("Starwell", O), ("Hanbit", O),
    ("Ria", P), ("SEOUL", L), ("K-Wave Daily", O), ("Orbit Diary", M), ("MBC", O),
    ("Show! Music Core", M), ("Mnet", O), ("M Countdown", M), ("Starwell Entertainment", O),
    ("Haeon", P), ("Kim Ha-eun", P), ("OrbiTs", M), ("Hanbit Creative", O), ("Japanese", M),
    ("Sakurai Rina", P), ("Osaka", L), ("NOVA-X", O), ("Yoon Sang-cheol", P),
    ("Korea Fair Trade Commission", O), ("Weekly Idol Room", M), ("JTBC", O), ("SBS", O),
    ("Inkigayo", M), ("Seongsu-dong", L), ("Hanteo Chart", M), ("Japan", L), ("Oricon", O),
    ("Saitama Super Arena", L), ("J.Vault", P), ("Swedish", M), ("Nordsken", O),
    ("Gloomy Letter", M), ("Moonsaem", O),
])

DOCS["maritime-singapore-strait-collision.txt"] = dict(dct="2026-03-18", ents=[
    ("Singapore Strait", L), ("Orla Kestrel", M), ("Harbourline Shipping Intelligence", O),
    ("SINGAPORE", L), ("Panama", L), ("Cassiopeia Venture", M), ("Liberian", M),
    ("Maritime and Port Authority of Singapore", O), ("MPA", O), ("Tsuneishi", O),
    ("Vellamo Bulk Carriers", O), ("Piraeus", L), ("Aegean Crest Shipmanagement", O),
    ("Port Hedland", L), ("Qingdao", L), ("Brekke-Keane Tankers", O), ("Port Dickson", L),
    ("Jurong Island", L), ("Northstar Mutual Protection and Indemnity Association", O),
    ("Tanjong Salvage Pte Ltd", O), ("Eastern Bunkering A", L), ("Lloyd's Register", O),
    ("LISCR", O), ("MV Tekong Guardian", M), ("Pulau Semakau", L),
    ("Malaysian Maritime Enforcement Agency", O), ("Johor", L), ("Singapore", L),
    ("Vessel Traffic Information System", M), ("Hansa Orion", M), ("Batam", L),
    ("Meranti 7", M), ("Horsburgh Lighthouse", L), ("Dalgety Resources", O),
    ("Aegean Crest", O), ("Rolando Villaverde-Cruz", P),
])

DOCS["court-uk-pemberton-vale-appeal.txt"] = dict(dct="2026-06-23", ents=[
    ("Court of Appeal", O), ("FCA", O), ("Pemberton Vale", O), ("Eleanor Thwaite-Mensah", P),
    ("Pemberton Vale Wealth Ltd", O), ("High Court", O), ("Financial Conduct Authority", O),
    ("Okonkwo-Hale", P), ("Ashcombe", P), ("Consumer Duty", M), ("Penhaligon", P),
    ("Gareth Llewellyn-Price", P), ("Leeds", L), ("PV Wealth", O), ("Rupert Dunmore", P),
    ("Nadia Farouk-Emsley", P), ("Brackley Orme LLP", O), ("Priyanka Deshmukh", P),
    ("King's Bench Division", O), ("House of Lords", O),
    ("R v Secretary of State for Transport, ex parte Factortame", M),
    ("Royal Courts of Justice", L), ("Yorkshire", L), ("Lancashire", L),
    ("Pemberton Savers Action", O), ("Which?", O), ("Labour", O), ("Batley", L),
    ("Dominic Arkwright-Sohal", P), ("Supreme Court", O), ("Financial Ombudsman Service", O),
    ("Malcolm Trewin", P), ("Financial Services Compensation Scheme", O),
    ("Aldgate Specialty", O),
])

DOCS["cfb-iowa-state-kansas-state.txt"] = dict(dct="2026-11-21", ents=[
    ("Cyclones", O), ("Kansas State", O), ("Big 12", O), ("Marcus Delahunt-Reyes", P),
    ("AMES", L), ("Iowa", L), ("Deonte Villalobos-Grant", P), ("Kalani Fetuao-Brooks", P),
    ("Iowa State", O), ("Jack Trice Stadium", L), ("Big 12 Championship Game", M),
    ("Villalobos-Grant", P), ("University of Nevada, Las Vegas", O), ("Arizona State", O),
    ("Utah", O), ("AT&T Stadium", L), ("Arlington", L), ("Texas", L),
    ("College Football Playoff", M), ("ISU", O), ("Brendan Szymanski-Hoyt", P),
    ("K-State", O), ("Tre'Shawn Abernathy-Cole", P), ("Wildcats", O), ("AP Top 25", M),
    ("Josiah Mapu-Hollins", P), ("Dale Henneberry", P), ("Henneberry", P), ("Alamo Bowl", M),
    ("San Antonio", L), ("Texas Bowl", M), ("Houston", L), ("Ray Obiora-Svensson", P),
    ("Michigan State", O), ("Spartans", O), ("Big Ten", O), ("Iowa State University", O),
    ("Jayhawks", O), ("Lawrence", L),
])

DOCS["war-zaporizhzhia-orikhiv-front.txt"] = dict(dct="2026-05-19", ents=[
    ("Ukraine", L), ("Russian", M), ("Orikhiv", L), ("Moscow", L), ("Donetsk", L),
    ("KYIV", L), ("Eastbridge Wire", O), ("Ukrainian", M), ("Zaporizhzhia", L),
    ("General Staff of the Armed Forces of Ukraine", O), ("Russia", L), ("Defence Ministry", O),
    ("Novopavlivka-Druha", L), ("Donetsk Oblast", L),
    ("118th Separate Mechanised Brigade", O), ("Oleksandr Petrovych Hnatiuk", P),
    ("Mala Tokmachka", L), ("Vadim Sergeyevich Korolenko", P), ("Vostok", O),
    ("Pokrovsk", L), ("Institute for the Study of War", O), ("Washington", L),
    ("Kharkiv", L), ("Dnipro", L), ("Ministry of Energy", O), ("Ukrenergo", O), ("Sumy", L),
    ("Poltava", L), ("Chernihiv", L), ("Ukrainian Air Force", O), ("Shahed", M),
    ("Iskander-M", M), ("Iryna Mykolaivna Verbytska", P), ("Shevchenkivskyi", L),
    ("Dnipro River", L), ("Enerhodar", L), ("Zaporizhzhia Nuclear Power Plant", L),
    ("International Atomic Energy Agency", O), ("Taras Yevhenovych Honchar", P),
    ("Brussels", L), ("NATO", O), ("European Union", O), ("Kremlin", O),
    ("United Arab Emirates", L),
])

DOCS["china-politburo-property-steel.txt"] = dict(dct="2026-04-21", ents=[
    ("Politburo", O), ("Guangdong", L), ("Sichuan", L), ("BEIJING", L),
    ("Lotus Bridge Economic Service", O), ("China", L), ("Communist Party", O), ("Xinhua", O),
    ("National Bureau of Statistics", O), ("Huaxin Securities", O),
    ("Central Economic Work Conference", M), ("Qiao Lianfeng", P), ("State Council", O),
    ("People's Bank of China", O), ("Chengdu", L), ("Tianfu Anju Real Estate Group", O),
    ("Shenzhen", L), ("Pengcheng Urban Investment", O),
    ("Shenzhen Municipal People's Government", O), ("Jinhai Yuanjing Holdings", O),
    ("Tang Weimin", P), ("Central Commission for Discipline Inspection", O),
    ("China Huayuan Steel Group", O), ("Tangshan", L), ("Hebei", L),
    ("Ministry of Industry and Information Technology", O), ("Caofeidian", L),
    ("Ouyang Jianguo", P), ("Fiona Lam Wing-sze", P), ("Greater China", L),
    ("Kowloon Pacific Bank", O), ("Hong Kong", L), ("Hang Seng Mainland Properties Index", M),
    ("Shanghai Composite", M), ("National People's Congress Standing Committee", O),
])

DOCS["tv-weekend-listings-roundup.txt"] = dict(dct="2026-11-27", ents=[
    ("The Lighthouse Accounts", M), ("Gorse", M), ("Bake-Off", M), ("Tamsin Ogunleye-Hart", P),
    ("BBC One", O), ("Shetland", L, [0]), ("Shetland", M, [1]), ("A Ledger for the Drowned", M),
    ("Morven Sinclair", P), ("Aoife Brannigan-Lowe", P), ("Sumburgh Head", L),
    ("Callum Strachan-Beattie", P), ("BBC Scotland", O), ("Quiz Night Live", M),
    ("Channel 4", O), ("Desmond Fairweather-Nwosu", P), ("Corrie", M), ("Brightwater+", M, [0]), ("Brightwater+", O, [1]),
    ("Welsh", M), ("S4C", O), ("Rhodri Pennant-Ifans", P), ("Aberystwyth", L), ("Tir Neb", M),
    ("The Great Allotment Bake-Off", M), ("Channel 5", O), ("Jemima Okereke-Platt", P),
    ("Sid Varga", P), ("Saints and Sinners of Soho", M), ("ITV1", O), ("ITVX", M),
    ("Paloma Iriarte-Henshaw", P), ("Soho", L), ("Ronnie Scott's", O),
    ("Arnold Pettigrew-Fry", P), ("Ferngully Road", M), ("Tellurian", M), ("American", M),
    ("EastEnders", M), ("Manchester", L), ("Tuesday Is Bins", M),
    ("Eleven Seconds at Hillsborough", M), ("Netflix", M), ("Bluey", M), ("Disney+", M),
])

DOCS["bankruptcy-thornvale-chapter11.txt"] = dict(dct="2026-07-08", ents=[
    ("Thornvale Home", O), ("WILMINGTON", L), ("Del.", L), ("Docket Street Journal", O),
    ("Thornvale Home Furnishings Inc.", O), ("Ridgeline Capital Partners LP", O),
    ("Marisa T. Quenneville", P), ("U.S. Bankruptcy Court for the District of Delaware", O),
    ("Thornvale", O), ("Thornvale Outlet LLC", O), ("TVH Logistics Corp.", O),
    ("Nestfold Inc.", O), ("Memphis", L), ("Official Committee of Unsecured Creditors", O),
    ("Office of the United States Trustee", O),
    ("Guangzhou Huali Furniture Manufacturing Co.", O), ("Ashley-Prescott Upholstery", O),
    ("Kessler Vantongeren & Moor LLP", O), ("Ridgeline", O), ("Quenneville", P),
    ("Ashgrove Radley LLP", O), ("Delaware", L), ("Brannock & Saye", O),
    ("Halvern Partners", O), ("Corbrook Advisory Group", O), ("Dana Oyelaran-Fisk", P),
    ("Lattimer Greaves", O), ("Simon Property Group", O), ("Brixmor Property Group", O),
    ("Grant Holloway-Petit", P), ("Thornvale Rewards", M),
    ("In re Thornvale Home Furnishings Inc.", M),
])

DOCS["wine-douro-trade-awards.txt"] = dict(dct="2026-02-17", ents=[
    ("Douro", L, [0, 3]), ("Douro", M, [1]), ("Quinta da Serra Velha", O), ("Bordeaux", L),
    ("UK", L), ("Cellar Trade Bulletin", O), ("Hélène Brassard-Quaye", P), ("Pinhão", L),
    ("Cima Corgo", L), ("Supreme Red", M), ("Atlântico International Wine Challenge", M),
    ("Porto", L), ("Vale do Souto", M), ("Touriga Nacional", M), ("Touriga Franca", M),
    ("Tinta Roriz", M), ("Inês Carvalhal Pimentel", P), ("Gregor Haugland-Amadi", P),
    ("Alvarinho", M), ("Casal de Ribas", O), ("Monção e Melgaço", L), ("Port", M),
    ("Barros Adegas Reunidas", O), ("Adega de Vilarinho", O), ("Paris", L), ("Wine Paris", M),
    ("Pauillac", L, [0]), ("Pauillac", M, [1]), ("Saint-Julien", L),
    ("Château Lestrade-Moulinier", O), ("London", L), ("Pellow & Dray", O), ("Americans", M),
    ("Chinese", M), ("Marguerite Ekwueme", P), ("Burgundy", L),
    ("Bureau Interprofessionnel des Vins de Bourgogne", O), ("Chablis", L),
    ("Chablis Premier Cru", M), ("New York", L), ("Ostrander Selections", O),
    ("Office of the U.S. Trade Representative", O), ("European", M), ("Portugal", L),
    ("Instituto dos Vinhos do Douro e do Porto", O), ("Pedro Valadares", P),
    ("Casa Altamira", O),
])

DOCS["opinion-versailles-lessons-column.txt"] = dict(dct="2026-11-22", ents=[
    ("Keynes", P), ("Augustin Ferreira-Holt", P), ("Sunday Ledger", O), ("Versailles", L),
    ("Kellogg-Briand Pact", M), ("Manchuria", L), ("John Maynard Keynes", P),
    ("The Economic Consequences of the Peace", M), ("Treaty of Versailles", M),
    ("Weimar Germany", L), ("Paris", L), ("Hall of Mirrors", L), ("Treasury", O), ("Clemenceau", P),
    ("France", L), ("Woodrow Wilson", P), ("Don Quixote", P), ("Congress of Vienna", M),
    ("Metternich", P), ("Castlereagh", P), ("Crimea", L), ("Franco-Prussian War", M),
    ("Henry Kissinger", P), ("A World Restored", M), ("Vienna", L), ("Talleyrand", P),
    ("Germans", M), ("Thucydides", P), ("Melian Dialogue", M),
    ("History of the Peloponnesian War", M), ("Athenians", M), ("Athens", L), ("Geneva", L),
    ("Harold Nicolson", P), ("Peacemaking 1919", M), ("Treaty of Brest-Litovsk", M),
    ("University of Bristol", O),
])

if __name__ == "__main__":
    build_set("entdev6", DOCS)
