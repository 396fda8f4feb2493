#!/usr/bin/env python3
"""Build eval/gold/entdev7.jsonl: blind entity gold for corpus/entdev7/*.txt (list format and
checks in entgold.py). Run from the repository root: python3 eval/gold/build_entdev7.py [-v]
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from entgold import P, O, L, M, build_set  # noqa: E402  (the shared builder, beside this file)

DOCS = {}

DOCS["tennis-australian-open-quarterfinals.txt"] = dict(dct="2026-01-28", ents=[
    ("Okafor-Lindgren", P), ("Australian Open", M), ("MELBOURNE", L), ("Baseline Sports Wire", O),
    ("Chidi Okafor-Lindgren", P), ("Sweden", L), ("Matías Echeverría Sotelo", P),
    ("Rod Laver Arena", L), ("Malmö", L), ("Nigerian", M), ("Argentine", M), ("Matías", P),
    ("Henrik", P), ("Henrik Sjöberg-Amani", P), ("Davis Cup", M), ("Piet Roelofsma", P),
    ("Netherlands", L), ("Taiga Morishita", P), ("American", M), ("Brayden Custis-Whitlow", P),
    ("Margaret Court Arena", L), ("Morishita", P), ("Spaniard", M), ("Álvaro Iturbe Canals", P),
    ("Japanese", M), ("Melbourne", L), ("Oksana Dovhaliuk", P), ("Ukraine", L), ("Czech", M),
    ("Eliška Vrbová", P), ("John Cain Arena", L), ("Brazilian", M), ("Luana Sampaio Teixeira", P),
    ("Australian", M), ("Kirra Mulholland-Tate", P), ("Garden Square", L), ("Mulholland-Tate", P),
    ("Dovhaliuk", P), ("French Open", M), ("Sampaio Teixeira", P), ("Wimbledon", M),
    ("Rafa Nadal Academy", O), ("Mallorca", L), ("Tennis Australia", O), ("Melbourne Park", L),
    ("WTA", O), ("ATP", O), ("Echeverría Sotelo", P), ("Chile", O),
])

DOCS["crypto-quillfire-exchange-collapse.txt"] = dict(dct="2026-03-10", ents=[
    ("Quillfire", O), ("QFX", M), ("Imani Rosenthal-Ugwu", P), ("Chain Ledger Daily", O),
    ("NASSAU", L), ("Bahamas", L), ("Formula One", O), ("Serie A", O), ("Veritrace", O),
    ("Ethereum", M), ("Solana", M), ("Tether", M), ("Harwick Capital Lending", O), ("Singapore", L),
    ("Dorian Vasquez-Kettering", P), ("Goldman Sachs", O), ("X", M),
    ("Securities Commission of The Bahamas", O), ("Colter Brandt Advisory", O),
    ("Lumenfall DAO", O), ("lmUSD", M), ("Priya Nandakumar-Holt", P), ("Washington", L),
    ("Securities and Exchange Commission", O), ("Commodity Futures Trading Commission", O),
    ("Ruth Abernathy-Sole", P), ("Democrat", M), ("Senate Banking Committee", O),
    ("CLARITY Act", M), ("Coinbase", O), ("Kraken", O), ("Bitcoin", M), ("Tobias Wren-Mbeki", P),
    ("Bermuda Monetary Authority", O), ("Telegram", M), ("Ostrander Lyle & Faraday", O),
])

DOCS["games-showcase-emberline-reveal.txt"] = dict(dct="2026-06-06", ents=[
    ("EMBERLINE", O), ("HOLLOWCROWN", M), ("Pixel Dispatch", O), ("LOS ANGELES", L),
    ("Emberline Studios", O), ("Summer Game Fest", M), ("Hollowcrown II: The Ashen Choir", M),
    ("Nintendo Switch 2", M), ("PlayStation 5", M), ("Xbox Series X|S", M),
    ("Saoirse Ní Bhraonáin", P), ("YouTube Theater", L), ("Montreal", L), ("Cinder", M),
    ("Unreal Engine 5", M), ("Kestova Interactive", O), ("Stockholm", L), ("Emberline", O),
    ("Tidewater Forge", O), ("Dundee", L), ("Scotland", L), ("Gridlock Saints", M),
    ("Independent Workers' Union of Great Britain", O), ("Kestova", O), ("Ragnar Ekdahl-Moss", P),
    ("Steam", M), ("Lantern Tide", M), ("BAFTA Games Award", M), ("Osaka", L),
    ("Hoshizora Works", O), ("Kitsune Relay", M), ("Brazilian", M), ("Jabuti Digital", O),
    ("Capoeira Nights", M), ("Valve", O), ("Steam Deck", M), ("Vesper Protocol", M),
    ("Microsoft", O), ("Xbox", O), ("Hollowcrown II", M), ("Game Pass", M), ("Gamescom", M),
    ("Cologne", L), ("Delphine Arceneaux-Park", P), ("Xbox Games Showcase", M),
    ("Marcus Okonedo-Frey", P), ("Ubisoft", O), ("Bluesky", M),
])

DOCS["weddings-sunday-announcements.txt"] = dict(dct="2026-05-17", ents=[
    ("Hartford Sentinel-Courant", O), ("Adaeze Nwachukwu", P), ("Theodore Blakemore-Quist", P),
    ("Adaeze Chinwendu Nwachukwu", P), ("Theodore James Blakemore-Quist", P),
    ("Cathedral of St. Joseph", L), ("Hartford", L), ("Lorcan Fennimore", P), ("Goodwin Hotel", O),
    ("Pemberly Thorne & Gage", O), ("Wesleyan University", O), ("University of Connecticut", O),
    ("Obiora Nwachukwu", P), ("West Hartford", L), ("Saint Francis Hospital", O),
    ("Ngozi Nwachukwu", P), ("Conard High School", O), ("Vantmoor Consulting Engineers", O),
    ("New Haven", L), ("Rensselaer Polytechnic Institute", O), ("Margaret Blakemore", P),
    ("Mystic", L), ("Conn.", L), ("Harold Quist", P), ("Habitat for Humanity", O),
    ("Bridgeport", L), ("Liesel Marchbanks-Ott", P), ("Jonah Feldstein-Rivera", P),
    ("Liesel Anneliese Marchbanks-Ott", P), ("Friedrich Ott", P), ("Glastonbury", L),
    ("Jonah Aaron Feldstein-Rivera", P), ("Miriam Feldstein", P), ("Carlos Rivera", P),
    ("Providence", L), ("R.I.", L), ("Marchbanks-Ott", P), ("Connecticut Children's", O),
    ("Boston College", O), ("Feldstein-Rivera", P), ("Kingswood Oxford School", O),
    ("Brown University", O), ("Teachers College, Columbia University", O),
    ("Harkness Memorial State Park", L), ("Waterford", L), ("Feldstein", P),
    ("Abigail Stroud-Penner", P), ("Asylum Hill Congregational Church", L),
    ("Priyanka Venkataraman", P), ("Samuel Osei-Bonsu", P), ("Samuel Kwabena Osei-Bonsu", P),
    ("Lake Compounce", L), ("Bristol", L), ("Hindu", M), ("Methodist", M), ("Lakshmi", P),
    ("Raghavan Venkataraman", P), ("Farmington", L), ("Travelers", O),
    ("Comfort Osei-Bonsu", P), ("Waterbury", L), ("Hartford Fire Department", O),
])

DOCS["hearing-senate-drone-transcript.txt"] = dict(dct="2026-04-15", ents=[
    ("Senate", O), ("FAA", O), ("Skyreach", O),
    ("Senate Committee on Commerce, Science, and Transportation", O),
    ("Subcommittee on Aviation Safety", O), ("Russell Senate Office Building", L),
    ("WHITFIELD", P), ("Skyreach Logistics", O), ("Plano", L), ("Frisco", L),
    ("Adeyemi-Strand", P), ("ADEYEMI-STRAND", P), ("Pathwise", M), ("Castellanos-Reyes", P),
    ("Federal Aviation Administration", O), ("CASTELLANOS-REYES", P), ("Congress", O),
    ("LINDQUIST-MORROW", P), ("Texas", L), ("North Central Texas Council of Governments", O),
    ("WFAA", O), ("Collin County", L), ("Walmart", O), ("OYELARAN", P), ("Whitcombe", P),
    ("National Transportation Safety Board", O), ("WHITCOMBE", P), ("Torvald Cell Systems", O),
    ("Reno", L), ("Oyelaran", P), ("Air Line Pilots Association", O),
    ("Association for Uncrewed Vehicle Systems International", O),
    ("Nkosana Adeyemi-Strand", P), ("Skyreach Logistics Inc.", O),
    ("Graciela Castellanos-Reyes", P), ("Lionel Whitcombe", P), ("Office of Aviation Safety", O),
    ("NTSB", O),
])

DOCS["nigeria-osun-governorship-collation.txt"] = dict(dct="2026-08-10", ents=[
    ("Osun", L), ("INEC", O), ("ADC", O), ("Oladipupo-Ajayi", P), ("APC", O), ("OSOGBO", L),
    ("Nigeria", L), ("Savannah Newswire", O), ("Independent National Electoral Commission", O),
    ("Babatunde Oladipupo-Ajayi", P), ("African Democratic Congress", O), ("Osun State", L),
    ("Osogbo", L), ("Funmilayo Adeleye-Bassey", P),
    ("Federal University of Agriculture, Abeokuta", O), ("Kolawole Fashanu-Idris", P),
    ("All Progressives Congress", O), ("Adeniyi Oyinlola-Bright", P),
    ("Peoples Democratic Party", O), ("Labour Party", O), ("Chioma Uzodinma-Lawal", P),
    ("Ife Central", L), ("Ilesa East", L), ("Iwo", L), ("Ede North", L), ("Osun West", L),
    ("Yiaga Africa", O), ("Gbenga Alabi-Ojo", P), ("Ikirun", L), ("Ila", L),
    ("Governorship Election Petition Tribunal", O), ("Bimodal Voter Accreditation System", M),
    ("BVAS", M), ("Ilobu", L), ("IReV", M), ("Mohammed Kabir-Danladi", P), ("Gbongan Road", L),
    ("Abuja", L), ("Nigeria Police Force", O), ("Department of State Services", O),
    ("Socio-Economic Rights and Accountability Project", O), ("Ile-Ife", L), ("State of Osun", L),
    ("Yoruba", M), ("Olaiya Junction", L), ("Ekiti State", L),
])

DOCS["everest-khumbu-season-report.txt"] = dict(dct="2026-05-21", ents=[
    ("Everest", L), ("Lhotse Face", L), ("Summit Log", O), ("Kathmandu", L), ("Mount Everest", L),
    ("Nepal", L), ("Department of Tourism", O), ("Everest Base Camp", L), ("Khumbu Glacier", L),
    ("Rafael Quintanilla Oyarzún", P), ("Chilean", M), ("Dhaulagiri Peak Adventures", O),
    ("Camp 3", L), ("Lakpa Tenzing Sherpa", P), ("Thame", L), ("Khumbu Icefall", L),
    ("Icefall Doctors", O), ("Sagarmatha Pollution Control Committee", O), ("Tibetan", M),
    ("China Tibet Mountaineering Association", O), ("Beijing", L), ("Yarlung Ascents", O),
    ("Pasang Dawa Sherpa", P), ("Phortse", L), ("Austrian", M), ("Alpenhorn Expeditions", O),
    ("Gerlinde Brandstätter-Voss", P), ("Kenyan", M), ("Wanjiru Kamau-Otieno", P),
    ("East African", M), ("Island Peak", L), ("Lobuche East", L), ("Hillary Step", L),
    ("South Col", L), ("Expedition Operators Association of Nepal", O), ("Slovenian", M),
    ("Urška Kovačič-Lenart", P), ("Matevž Hribernik", P), ("Nuptse", L), ("Chukhung", L),
    ("Sherpa", M), ("Lukla", L), ("Bishnu Raj Thapa-Gurung", P), ("Manaslu", L),
    ("Ama Dablam", L),
])

DOCS["prize-verhaegen-prize-chemistry.txt"] = dict(dct="2026-10-07", ents=[
    ("Verhaegen Prize in the Molecular Sciences", M), ("Ghent", L), ("Verhaegen Foundation", O),
    ("Ingeborg Solvang-Rutter", P), ("Norwegian University of Science and Technology", O),
    ("NTNU", O), ("Trondheim", L), ("Kwame Asantewaa-Boateng", P), ("University of Ghana", O),
    ("Legon", L), ("Hsu Mei-ling", P), ("Academia Sinica", O), ("Taipei", L),
    ("Prize Committee for the Molecular Sciences", O), ("Anselm Dujardin-Wyss", P),
    ("ETH Zurich", O), ("Haber-Bosch", M), ("Dujardin-Wyss", P), ("Solvang-Rutter", P),
    ("FeNix", M), ("Nature", O), ("Asantewaa-Boateng", P),
    ("Max Planck Institute for Chemical Energy Conversion", O), ("Mülheim an der Ruhr", L),
    ("Kumasi", L), ("Cocoa Research Institute of Ghana", O), ("Hsu", P),
    ("Journal of the American Chemical Society", O), ("Flemish", M), ("Joris Vandekerckhove", P),
    ("Amélie Verhaegen", P), ("Canadian", M), ("Ottoline Tarrow-Nye", P),
    ("Sint-Pietersabdij", L), ("Verhaegen Lecture", M), ("Ghent University", O),
    ("Lotte Van Mieghem", P), ("Coupure Links", L), ("Belgium", L),
])

DOCS["realestate-larimer-transactions.txt"] = dict(dct="2026-09-13", ents=[
    ("Fort Collins", L), ("Loveland", L), ("Front Range Weekly", O),
    ("Larimer County Clerk and Recorder", O), ("FORT COLLINS", L), ("Whalers Way", L),
    ("Old Town North", L), ("Margit", P), ("Stellan Oberholtzer", P), ("Cinderpeak Homes LLC", O),
    ("Sagebrush Bend", L), ("Ridgewood Hills", L), ("Wolcott-Ibarra Family Trust", O),
    ("Dinh Quoc Bao", P), ("Tran Thi Lan", P), ("Linden Street", L),
    ("Elevations at Poudre Landing", L), ("Verna Pettibone", P), ("Corwin Pettibone", P),
    ("Arlo Sandoval-Kincaid", P), ("Rolling Meadow Drive", L), ("Harmony Crossing", L),
    ("Evergreen Relocation Services Inc.", O), ("Simran", P), ("Harjit Dhillon", P),
    ("LOVELAND", L), ("Boise Avenue", L), ("Mariana Butte", L), ("Lucan J. Hennigan", P),
    ("Hennigan Living Trust", O), ("Bluebird Cove Holdings LLC", O), ("N. Garfield Ave.", L),
    ("Red Feather Dental PLLC", O), ("Lonetree Peak Properties LP", O), ("Dotsero Avenue", L),
    ("Centerra", L), ("Pewter Creek Builders", O), ("Ophelia", P),
    ("Dashiell Markovitz-Brandt", P), ("BERTHOUD", L), ("Mountain Avenue", L),
    ("Heron Lakes", L), ("Kallista Ventures LLC", O), ("Delaware", L),
    ("Winifred M. Okwuosa Revocable Trust", O), ("WELLINGTON", L), ("Sixth Street", L),
    ("Boxelder Commons", L), ("U.S. Bank National Association", O), ("Greyson Ambrose-Lowe", P),
    ("Larimer County Public Trustee", O), ("Brecken Salazar-Voight", P), ("Timnath", L),
    ("College Avenue", L), ("Land Title Guarantee Company", O),
    ("Colorado Division of Real Estate", O),
])

DOCS["germany-coalition-budget-standoff.txt"] = dict(dct="2026-11-18", ents=[
    ("Berlin", L), ("SPD", O), ("BERLIN", L), ("Rheinland Presse Agentur", O), ("Germany", L),
    ("CDU", O), ("Bavarian", M), ("CSU", O), ("Social Democrats", M),
    ("Federal Ministry of Labour and Social Affairs", O), ("Leopold von Aschenbrück-Thiel", P),
    ("Bundeswehr", O), ("Henrike Oberländer-Sahin", P), ("Bundestag", O), ("Munich", L),
    ("Maximilian Freiherr von Thannhausen", P), ("Alternative for Germany", O), ("AfD", O),
    ("Saxony", L), ("Thuringia", L), ("Greens", M), ("Jasmin Rautenberg-Okeke", P),
    ("Federal Constitutional Court", O), ("Left", O), ("BSW", O), ("Lower Saxony", L),
    ("Hanover", L), ("North Rhine-Westphalia", L), ("Düsseldorf", L), ("Bundesrat", O),
    ("Ifo Institute", O), ("Deutsche Bahn", O), ("Heat Transition Fund", M), ("DAX", M),
    ("Ruprecht von der Heyde", P), ("Basic Law", M),
])

DOCS["auto-solstra-ev-battery-recall.txt"] = dict(dct="2026-02-19", ents=[
    ("Solstra", O), ("Hanmir", O), ("Detroit Auto Desk", O), ("DETROIT", L),
    ("Solstra Motor Co.", O), ("United States", L), ("Canada", L), ("South Korea", L),
    ("Hanmir Energy Solutions", O), ("National Highway Traffic Safety Administration", O),
    ("Solstra Meridian EV", M), ("Meridian EV Sport", M), ("Solstra Terrano 7", M),
    ("Lebanon", L), ("Tennessee", L), ("Terrano 7", M), ("Hermosillo", L), ("Sonora", L),
    ("Mexico", L), ("Transport Canada", O), ("Canadian", M), ("NHTSA", O),
    ("Office of Defects Investigation", O), ("Franklin", L), ("SolstraLink", M), ("Seoul", L),
    ("Ochang", L), ("North Chungcheong Province", L), ("Kokomo", L), ("Indiana", L),
    ("Meridian", M), ("Philippa Adebowale-Birch", P), ("Carrow & Finch Research", O),
    ("Edmund Kaczmarek-Ruiz", P), ("United Auto Workers", O), ("General Motors", O),
    ("Chevrolet Equinox EV", M), ("Ford Motor Co.", O), ("Mustang Mach-E", M),
    ("Consumer Reports", O), ("Meridian EV", M), ("nhtsa.gov", M),
])

DOCS["wildfire-juniper-gulch-fire-evacuations.txt"] = dict(dct="2026-08-27", ents=[
    ("Juniper Gulch Fire", M), ("Tehama", L), ("Shasta", L), ("North Valley Record", O),
    ("RED BLUFF", L), ("Calif.", L), ("State Route 36", L), ("Red Bluff", L),
    ("Paynes Creek", L), ("Manton", L), ("Cal Fire", O), ("Tehama-Glenn Unit", O),
    ("Caltrans", O), ("Corning Volunteer Fire Department", O), ("Enloe Health", O),
    ("Chico", L), ("Evelyn Marquardt-Soto", P),
    ("California Governor's Office of Emergency Services", O),
    ("Fire Management Assistance Grant", M), ("FEMA", O), ("American Red Cross", O),
    ("Tehama District Fairground", L), ("Shasta College", O), ("Redding", L),
    ("Tehama County Sheriff's Office", O), ("Interstate 5", L), ("Corning", L),
    ("Cottonwood", L), ("Shasta District Fairgrounds", L), ("Anderson", L),
    ("Humane Society of Tehama County", O), ("North Valley Animal Disaster Group", O),
    ("Reuben Ashdown-Kealoha", P), ("Mill Creek", L), ("U.S. Forest Service", O),
    ("Lassen National Forest", L), ("DC-10", M), ("Redding Regional Airport", L),
    ("Pacific Gas and Electric Co.", O), ("Dales Lake", L), ("Tehama County", L),
    ("Candace Villalobos-Hart", P), ("Park Fire", M), ("Lassen Volcanic National Park", L),
    ("National Weather Service", O), ("Sacramento Valley", L),
])

if __name__ == "__main__":
    build_set("entdev7", DOCS)
