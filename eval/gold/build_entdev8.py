#!/usr/bin/env python3
"""Build eval/gold/entdev8.jsonl: blind entity gold for corpus/entdev8/*.txt (list format and
checks in entgold.py). Run from the repository root: python3 eval/gold/build_entdev8.py [-v]
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from entgold import P, O, L, M, build_set  # noqa: E402  (the shared builder, beside this file)

DOCS = {}

DOCS["opera-boccanegra-covent-garden.txt"] = dict(dct="2026-03-14", ents=[
    ("Simon Boccanegra", M), ("Covent Garden", L), ("Harriet Vellacourt-Stone", P),
    ("LONDON", L), ("Verdi", P), ("Royal Opera", O), ("Royal Opera House", L),
    ("Arrigo Boito", P), ("Georgian", M), ("Levan Chkhaidze-Morel", P), ("Tbilisi", L),
    ("Amelia", P), ("Gabriele Adorno", P), ("Maltese", M), ("Raphael Zammit-Grech", P),
    ("Fiesco", P), ("Il lacerato spirito", M), ("South African", M),
    ("Nomvula Dlamini-Ferreira", P), ("Jette Parker Artists Programme", M),
    ("Come in quest'ora bruna", M), ("Mexican", M), ("Emiliano Sarabia Lozano", P),
    ("Adorno", P), ("Ciaran Moynihan-Pryce", P), ("Paolo", P), ("Ottavia Brancaleoni-Hirsch", P),
    ("Italian", M), ("Austrian", M), ("Grazer Philharmoniker", O),
    ("Orchestra of the Royal Opera House", O), ("Royal Opera Chorus", O),
    ("Declan Ashworth-Fenn", P), ("Finnish", M), ("Aino Vesterinen-Blom", P), ("Genoa", L),
    ("EMI", O), ("Tito Gobbi", P), ("Chkhaidze-Morel", P), ("Boito", P),
    ("Aurelian Classics", O), ("Mussorgsky", P), ("Wigmore Hall", L),
    ("Teatro Carlo Felice", L), ("BBC Radio 3", O),
])

DOCS["gulf-sadeem-qasr-logistics-stake.txt"] = dict(dct="2026-10-06", ents=[
    ("Sadeem", O), ("Qasr Logistics", O), ("Gulf", L), ("ABU DHABI", L),
    ("Gulf Markets Wire", O), ("Emirati", M), ("Sadeem Investment Authority", O),
    ("Qasr Logistics PJSC", O), ("Abu Dhabi Securities Exchange", O), ("Al Sarrawi", P),
    ("Rimal Gulf Freight", O), ("Saudi", M), ("Qasr", O), ("ADX", O),
    ("Mubarak bin Rashid Al Sarrawi", P), ("Latifa Al-Hamrani", P),
    ("Khalifa Economic Zones Abu Dhabi", L), ("KEZAD", L), ("Jebel Ali Free Zone", L),
    ("Hamad bin Obaid Al Mazrouei-Kindi", P), ("Etihad Rail", O),
    ("Gulf Cooperation Council", O), ("Rimal", O), ("Nawaf bin Turki Al-Shamrani", P),
    ("Riyadh", L), ("Dammam", L), ("Public Investment Fund", O),
    ("Saudi Logistics Services Company", O), ("Tadawul", O),
    ("Securities and Commodities Authority", O), ("Emirates NBD Capital", O),
    ("Hamdan & Rauf Legal", O), ("First Abu Dhabi Bank", O),
    ("Dubai International Financial Centre", L), ("Latham & Watkins", O),
    ("Noor Crescent Research", O), ("Doha", L), ("Sohar", L), ("Ras Al Khaimah", L),
    ("Reem Abu Khadra", P),
])

DOCS["transfers-window-roundup.txt"] = dict(dct="2026-12-22", ents=[
    ("Toffees", O), ("Porto", O), ("Magpies", O), ("Old Lady", O),
    ("Dominic Farrant-Agyei", P), ("Everton", O), ("Rodrigo Valente Assunção", P),
    ("Portuguese", M), ("Dragons", O), ("Valente Assunção", P), ("Lisbon", L),
    ("Vasco Pimentel-Araújo", P), ("Liverpool", L), ("Newcastle United", O),
    ("Tiago Nhlapo-Sørensen", P), ("Danish", M), ("South African", M),
    ("Bayer Leverkusen", O), ("Union Berlin", O), ("Leverkusen", O), ("Italy", L),
    ("Juventus", O), ("Ajax", O), ("Ghanaian", M), ("Kwabena Asamoah-Dekker", P),
    ("Bianconeri", O), ("Napoli", O), ("Eredivisie", O), ("Arsenal", O), ("Brighton", O),
    ("Valencia", O), ("Unai Etxeberria Goñi", P), ("Seagulls", O), ("Gunners", O),
    ("Champions League", M), ("Cadenza Sports Management", O), ("London", L), ("Gulf", L),
    ("Al-Hilal", O), ("Rossoneri", O), ("Serbian", M), ("Luka Stanković-Brandt", P),
    ("AC Milan", O), ("Fenerbahçe", O), ("Nigerian", M), ("Chukwuemeka Obiakor", P),
    ("Saudi Pro League", O), ("Wolves", O), ("Paraguayan", M),
    ("Matías Benítez Ruiz Díaz", P), ("Club Olimpia", O), ("Asunción", L),
    ("Copa Libertadores", M),
])

DOCS["athletics-weltklasse-zurich.txt"] = dict(dct="2026-08-28", ents=[
    ("Gebremedhin", P), ("Weltklasse", M), ("Diamond League", O), ("ZURICH", L),
    ("Trackside Wire", O), ("Tigist Gebremedhin Alemu", P), ("Kenyan", M), ("Letzigrund", L),
    ("Diamond Trophy", M), ("Weltklasse Zürich", M), ("Ethiopian", M), ("Addis Ababa", L),
    ("Haile Woldegiorgis", P), ("Faith Chepkoech Rotich", P), ("Mercy Jeptanui Kosgei", P),
    ("Norway", L), ("Sindre Aasheim-Kvalvik", P), ("Brazilian", M),
    ("Thiago Rezende Marinho", P), ("Qatari", M), ("Yusuf Al-Mannai", P), ("Norwegian", M),
    ("Jamaican", M), ("Shanice Blackwood-Hines", P), ("Racers Track Club", O), ("Kingston", L),
    ("Britain", L), ("Ellie-Mae Okonjo-Hart", P), ("Blackwood-Hines", P), ("Bislett Games", M),
    ("Prefontaine Classic", M), ("Zagreb", L), ("Australia", L), ("Jarrah McLennan-Whyte", P),
    ("American", M), ("Caleb Rountree-Vance", P), ("Swede", M), ("Oskar Lindqvist-Ahl", P),
    ("World Athletics", O), ("Ingrid Halvorsen-Mbeki", P), ("Pascal Odermatt-Rey", P),
    ("Brussels", L), ("Memorial Van Damme", M), ("King Baudouin Stadium", L),
    ("ETH", L), ("KEN", L), ("NOR", L), ("BRA", L), ("QAT", L),
])

DOCS["archaeology-saqqara-scribe-tomb.txt"] = dict(dct="2026-01-19", ents=[
    ("Saqqara", L), ("Djedkare Isesi", P), ("CAIRO", L), ("Nile Heritage Report", O),
    ("Egyptian", M), ("Czech", M), ("Fifth Dynasty", M), ("Abusir South", L), ("Egypt", L),
    ("Supreme Council of Antiquities", O), ("Khuwiptah", P), ("Nyuserre", P), ("Nile", L),
    ("Meretites", P), ("Ankhmahor", P), ("Czech Institute of Egyptology", O),
    ("Charles University", O), ("Prague", L), ("Ministry of Tourism and Antiquities", O),
    ("Hisham Abdel-Rahim Fawzy", P), ("Klára Nováčková-Beneš", P), ("Ptahhotep", P),
    ("Grand Egyptian Museum", O), ("Giza", L), ("Step Pyramid of Djoser", L),
    ("Egyptian Museum", O), ("Tahrir Square", L), ("Salima Rostom-Guirguis", P),
    ("American University in Cairo", O), ("Old Kingdom", M), ("Menkauhor", P),
    ("Czech Science Foundation", O), ("Gerda Henkel Foundation", O),
    ("Journal of Egyptian Archaeology", O),
])

DOCS["boxoffice-tidebreaker-weekend.txt"] = dict(dct="2026-01-11", ents=[
    ("Tidebreaker", M), ("Velvet Static", M), ("Marquee Ledger", O), ("LOS ANGELES", L),
    ("Halloway Pictures", O), ("United States", L), ("Canada", L), ("Comscore", O),
    ("New Zealander", M), ("Anahera Whitcombe-Rangi", P), ("Idris Kalu-Mensah", P),
    ("Bering Sea", L), ("IMAX", M), ("Dolby Cinema", M), ("Universal Pictures", O),
    ("CinemaScore", O), ("Neon on Fairfax", M), ("Billboard Hot 100", M),
    ("Marisol Quintanar-Bell", P), ("Teddy Ashgrove-Lyle", P), ("Sundance", M),
    ("Paper Comets", M), ("A24", O), ("The Quiet Floor", M), ("Sony Pictures", O),
    ("Pip and the Paper Moon 2", M), ("China", L), ("China Film Administration", O),
    ("Japan", L), ("South Korea", L), ("AMC Theatres", O), ("Midwest", L), ("Cinemark", O),
    ("Texas", L), ("Oklahoma", L), ("Arjun Mehrotra-Quayle", P),
    ("Northlight Media Research", O), ("Chicago", L), ("Lionsgate", O),
    ("Brass Knuckle Saints", M), ("Oscar", M), ("Marrow of the Hills", M),
    ("Venice Film Festival", M),
])

DOCS["vietnam-bach-viet-steel-listing.txt"] = dict(dct="2026-04-08", ents=[
    ("Bach Viet Holdings", O), ("Hai Phong", L), ("Japanese", M), ("HANOI", L),
    ("Mekong Business Report", O), ("Vietnam", L), ("State Securities Commission", O),
    ("Bach Viet Steel", O), ("Bach Viet Holdings JSC", O), ("Ho Chi Minh Stock Exchange", O),
    ("Bach Viet", O), ("Thai Nguyen", L), ("Tran Quoc Khanh", P), ("Bac Ninh", L),
    ("Quang Ninh", L), ("Nguyen Thi Lan Huong", P), ("Khanh", P), ("Huong", P), ("Hanoi", L),
    ("Dinh Vu", L), ("Sumikawa Trading Corp.", O), ("Sumikawa", O), ("Ogawara Shinsuke", P),
    ("Osaka", L), ("Western Australia", L), ("Le Minh Duc", P),
    ("Saigon Pacific Securities", O), ("Vietnam Electricity", O), ("EVN", O),
    ("Ministry of Industry and Trade", O), ("SSI Securities", O), ("Mizuho", O),
    ("VN-Index", M), ("FTSE Russell", O), ("Pham Gia Bao", P), ("Vo Thanh Tung", P),
])

DOCS["auction-bonhams-marrowgate-record.txt"] = dict(dct="2026-06-04", ents=[
    ("Marrowgate", P), ("St Ives", L), ("Bonhams", O), ("British", M), ("Saleroom Weekly", O),
    ("Edith Marrowgate", P), ("New Bond Street", L), ("London", L),
    ("Harbour at Low Water, St Ives", M), ("Hong Kong", L), ("Crispin Oakhurst-Vane", P),
    ("Oakhurst Gallery", O), ("Cork Street", L), ("Cornwall", L), ("Ben Nicholson", P),
    ("Barbara Hepworth", P), ("Tate St Ives", O), ("Yorkshire", L), ("Lionel Ashby-Creswell", P),
    ("Whitechapel Gallery", O), ("Welsh", M), ("Gwilym Prosser-Hughes", P),
    ("Chapel at Bethesda", M), ("The Slate Sorters", M), ("Seated Fisher Girl", M),
    ("Scottish", M), ("Morag Lennox-Dunbar", P), ("Fife Collection Trust", O),
    ("Kirkcaldy", L), ("Annabel Strickland-Moyo", P), ("Phillips", O), ("Sotheby's", O),
    ("Asian", M), ("Nathaniel Qureshi-Blom", P), ("Art Market Monitor", O),
    ("Winifred Nicholson", P),
])

DOCS["labor-cascadia-transit-strike.txt"] = dict(dct="2026-05-27", ents=[
    ("Cascadia Transit", O), ("T Line", L), ("Pierce County", L), ("South Sound Daily", O),
    ("TACOMA", L), ("Wash.", L), ("Cascadia Regional Transit", O),
    ("Amalgamated Transit Union Local 1417", O), ("Lakewood", L), ("Commerce Street", L),
    ("Tacoma Dome Station", L), ("Stadium District", L), ("Sound Transit", O),
    ("1 Line", L), ("Sounder", M), ("Seattle", L), ("Tacoma Dome", L), ("Lakewood Station", L),
    ("Renata Okonkwo-Sandoval", P), ("Tacoma Municipal Building", L), ("Cascadia", O),
    ("Garrett Vilhauer-Lund", P), ("Washington Public Employment Relations Commission", O),
    ("Pacific Avenue", L), ("Adaora Whitlock-Banner", P), ("Tacoma Public Schools", O),
    ("MultiCare Tacoma General Hospital", O), ("Puyallup", L), ("Federal Way", L),
    ("University of Washington Tacoma", O), ("10th & Commerce", L), ("Hotel Murano", O),
    ("Luz Marina Cifuentes", P), ("Olympia", L),
])

DOCS["canada-beauport-limoilou-byelection.txt"] = dict(dct="2026-11-03", ents=[
    ("Bloc", O), ("Beauport—Limoilou", L), ("Liberal", M), ("Quebec City", L),
    ("QUEBEC CITY", L), ("Maple Press Service", O), ("Bloc Québécois", O), ("Liberals", M),
    ("Marie-Ève Lachance-Tremblay", P), ("Maizerets", L), ("Elections Canada", O),
    ("Conservative", M), ("Jean-Sébastien Gagnon-Ouellet", P), ("Priyanka Desrosiers-Mathur", P),
    ("Beauport", L), ("Limoilou", L), ("Ottawa", L), ("Lachance-Tremblay", P),
    ("3e Avenue", L), ("Davie", O), ("Lévis", L), ("St. Lawrence River", L),
    ("South Shore", L), ("Laurent Bissonnette-Roy", P), ("Quebec Port Authority", O),
    ("New Democratic Party", O), ("Kwame Osei-Lavoie", P), ("Green Party", O),
    ("People's Party of Canada", O), ("Coalition Avenir Québec", O), ("National Assembly", O),
    ("Conservatives", M), ("Hélène Van Acker-Roussel", P), ("Université Laval", O),
    ("Charlesbourg", L), ("Vanier", L), ("House of Commons", O), ("Parliament Hill", L),
])

DOCS["rugby-ireland-france-six-nations.txt"] = dict(dct="2026-02-22", ents=[
    ("Ireland", O), ("France", O), ("Nakarawa-Tui", P), ("Triple Crown", M),
    ("Sunday Touchline", O), ("DUBLIN", L), ("Les Bleus", O), ("Waisea Nakarawa-Tui", P),
    ("Fijian", M), ("Théo Castagnède-Lafitte", P), ("Lansdowne Road", L),
    ("Aviva Stadium", L), ("Six Nations", M), ("Cathal Ó Briain-Moloney", P),
    ("Maxime Etcheverry-Larrouy", P), ("Romain Duplessis-Arrieta", P), ("Leinster", O),
    ("Munster", O), ("Donnacha Fitzgibbon-Roche", P), ("Toulouse", O), ("Sione Fifita-Latu", P),
    ("La Rochelle", O), ("Baptiste Ardouin-Sallès", P), ("Australian", M),
    ("Lachlan McGreevy-Hart", P), ("Castagnède-Lafitte", P), ("Murrayfield", L),
    ("Scotland", O), ("Italy", O), ("Wales", O), ("Stade de France", L), ("Saint-Denis", L),
    ("Irish Rugby Football Union", O), ("RTÉ", O), ("Virgin Media", O), ("Fiji", O),
    ("Josaia Matanitobua", P), ("Nadi", L), ("Fijian Drua", O), ("Connacht", O),
])

DOCS["mining-zambia-kafue-copper-restart.txt"] = dict(dct="2026-07-15", ents=[
    ("Kafue Copper", O), ("Chingola", L), ("Lobito", L), ("Copperbelt", L), ("LUSAKA", L),
    ("Zambia", L), ("Resource Wire", O), ("Kafue Copper Mines Plc", O), ("Kabundi Hill", L),
    ("Angolan", M), ("Chinese", M), ("Hunan Jinshan Nonferrous Metals Group", O),
    ("ZCCM Investments Holdings", O), ("Kitwe", L), ("Mwila Chanda-Phiri", P),
    ("Lobito Corridor", L), ("Zimbabwe", L), ("South Africa", L), ("Durban", L),
    ("Dar es Salaam", L), ("Tazara", O), ("Chanda-Phiri", P), ("Chilufya Mweemba-Banda", P),
    ("Lobito Atlantic Railway", O), ("Democratic Republic of Congo", L), ("Angola", L),
    ("Luau", L), ("U.S. International Development Finance Corporation", O),
    ("Africa Finance Corporation", O), ("Jimbe", L), ("Hunan Jinshan", O),
    ("Zhou Jianping", P), ("Changsha", L), ("North-Western Province", L), ("Kansanshi", L),
    ("Lumwana", L), ("Mulungushi Capital", O), ("Lusaka", L),
    ("Lusaka Securities Exchange", O), ("London Metal Exchange", O),
    ("Mineworkers Union of Zambia", O), ("Bupe Musonda-Lungu", P),
])

if __name__ == "__main__":
    build_set("entdev8", DOCS)
