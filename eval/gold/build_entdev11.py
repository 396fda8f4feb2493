#!/usr/bin/env python3
"""Build eval/gold/entdev11.jsonl: blind entity gold for corpus/entdev11/*.txt (list format and
checks in entgold.py). Run from the repository root: python3 eval/gold/build_entdev11.py [-v]
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from entgold import P, O, L, M, build_set  # noqa: E402  (the shared builder, beside this file)

DOCS = {}

DOCS["airline-route-launch-skerrywing.txt"] = dict(dct="2026-05-06", ents=[
    ("SKERRYWING", O), ("ABERDEEN", L), ("BERGEN", L), ("STAVANGER", L), ("TÓRSHAVN", L),
    ("Routes Bulletin", O), ("Scotland", L), ("Skerrywing Airways", O), ("Kirkwall", L),
    ("Aberdeen International Airport", L), ("ABZ", L), ("Eilidh Brough-Nakamura", P),
    ("North Sea", L), ("Aberdeen", L), ("Bergen Flesland", L), ("BGO", L), ("ATR 72-600", M),
    ("Stavanger Sola", L), ("SVG", L), ("Vágar", L), ("FAE", L), ("Faroe Islands", L),
    ("Embraer E175", M), ("KOI", L), ("Sumburgh", L), ("LSI", L), ("Bergen", L),
    ("ATR 42-600", M), ("Faroes", L), ("Skerrywing", O), ("Atlantic Airways", O),
    ("Faroese", M), ("Tórshavn", L), ("Copenhagen", L), ("CPH", L), ("Aberdonians", M),
    ("Edinburgh", L), ("Norway", L), ("Brough-Nakamura", P), ("Mongstad", L),
    ("Aberdeen International", L), ("Ruaraidh Fennick", P), ("AGS Airports Holdings", O),
    ("Avinor", O), ("Flesland", L), ("Sola", L), ("Orcadian", M), ("Thorfinn Rendall", P),
    ("Embraer", O), ("Dublin", L), ("Corrib Aviation Capital", O), ("Rendall", P),
    ("Orkney", L), ("Shetland", L), ("skerrywing.co.uk", M),
])

DOCS["baseball-hanshin-yomiuri-koshien.txt"] = dict(dct="2026-08-09", ents=[
    ("Tigers", O), ("Giants", O), ("Fujisaki", P), ("Kenta Ishiwara-Moore", P),
    ("Pacific Baseball Report", O), ("NISHINOMIYA", L), ("Japan", L), ("Hanshin Tigers", O),
    ("Yomiuri Giants", O), ("Koshien Stadium", L), ("Ryota Fujisaki", P), ("Hanshin", O),
    ("Central League", O), ("Amagasaki", L), ("Dominican", M), ("Wilmer Ozuna-Pichardo", P),
    ("Yomiuri", O), ('Daichi "Bull" Kanemaru', P), ("Shun Takebayashi", P),
    ("Takebayashi", P), ("Professor", P), ("Hiroki Sawamura-Tate", P), ("Naoya Ebina", P),
    ("Keisuke Orihara", P), ("Ebina", P), ("Ozuna-Pichardo", P), ("YOM", O), ("Kanemaru", P),
    ("Hiroshima Toyo Carp", O), ("Chunichi Dragons", O), ("Nagoya", L), ("Carp", O),
    ("Osaka", L), ("Tomoya Hasekura", P), ("Sun TV", O), ("NPB Global", M),
    ("Nippon Professional Baseball", O), ("NPB", O), ("English", M),
])

DOCS["bestsellers-week-chart-november.txt"] = dict(dct="2026-11-19", ents=[
    ("Paperback Trade Journal", O), ("London", L), ("The Widow of Saint Kilda", M),
    ("Stornoway", L), ("Morven Macleod-Asante", P), ("UK", L), ("Nielsen BookScan", O),
    ("Canongate", O), ("Mrs Abernathy Takes the Train", M), ("Lionel Frye-Okoro", P),
    ("Faber", O), ("Paris in the Rain, Again", M), ("Clémence Darrouzet", P),
    ("Hannah Ilesanmi-Brooke", P), ("MacLehose Press", O), ("The Glass Harvest", M),
    ("Beatrix Huang-Lowell", P), ("Fourth Estate", O), ("Kestrel Moor", M),
    ("Ravi Sandhu-Pennington", P), ("Bloomsbury", O),
    ("Salt, Smoke and Sorrel: A Year at Haddo Farm", M), ("Gethin Prys-Aldridge", P),
    ("Ebury", O), ("The Long Way to Valparaíso", M), ("Ines Torvaldsen-Ruiz", P),
    ("Penguin Michael Joseph", O), ("Ninety Days in Ulan Bator", M), ("Otto Brandvold", P),
    ("Profile Books", O), ("Frye-Okoro", P), ("Hove", L), ("Brighton", L),
    ("Vladivostok", L), ("BBC Radio 4", O), ("Darrouzet", P), ("Lyon", L), ("French", M),
    ("Paris sous la pluie, encore", M), ("Prix Lumière du Roman", M), ("Waterstones", O),
    ("Foyles", O), ("Macleod-Asante", P), ("Charing Cross Road", L),
    ("Edinburgh International Book Festival", M), ("Nell Ashdown", P),
    ("Kingfisher Terrace", M), ("Picador", O), ("Booker", M), ("The Pennine Letters", M),
    ("Sunil Okafor-Raine", P), ("Jonathan Cape", O),
])

DOCS["curling-scottish-championship-perth.txt"] = dict(dct="2026-02-22", ents=[
    ("TEAM MACKINTOSH", O), ("SCOTTISH", M), ("Iona Strachan-Boyd", P), ("Rink Side", O),
    ("PERTH", L), ("Team Mackintosh", O), ("Scottish Men's Curling Championship", M),
    ("Dewars Centre", L), ("Team Drysdale", O), ("World Men's Curling Championship", M),
    ("Callum Mackintosh", P), ("Kinross", L), ("Drysdale", O, [1, 4, 5]), ("Fraser", P),
    ("Mackintosh", P, [2]), ("Fraser Gilchrist-Onyango", P), ("Ewan Drysdale", P),
    ("Lockerbie", L), ('Morag "Mo" Tulloch', P), ("Drysdale", P, [3]),
    ("Mackintosh", O, [3, 4]), ("Team Ruthven", O), ("Stranraer", L),
    ("Team Hamilton-Achebe", O), ("Aberdeen", L), ("Team Ferrie", O), ("Edinburgh", L),
    ("Catriona Ferrie", P), ("Team Lindgren-MacAulay", O), ("Sofia Lindgren-MacAulay", P),
    ("Swedish", M), ("Inverness", L), ("European Curling Championships", M),
    ("Scottish Curling", O), ("Andrew Kilpatrick-Nye", P), ("sportscotland", O),
    ("Balgowan Quaich", M), ("Elspeth Moncrieff-Hay", P),
    ("Perth and Kinross Curling Association", O),
])

DOCS["film-awards-adriatic-film-days.txt"] = dict(dct="2026-06-28", ents=[
    ("ADRIATIC FILM DAYS", M), ("THE SALTWORKS WIDOW", M), ("GOLDEN LIGHTHOUSE", M),
    ("Mirela Vukasović-Grant", P), ("Split Evening Courier", O), ("Split", L),
    ("Croatia", L), ("Adriatic Film Days", M), ("Prokurative", L), ("Golden Lighthouse", M),
    ("The Saltworks Widow", M), ("Slovenian", M), ("Tadej Osterc-Lindqvist", P),
    ("Henrika Maalouf-Brandt", P), ("Beirut", L), ("Slovenia", L),
    ("Piranha Bay Pictures", O), ("Zagreb", L), ("Kvarner Motion", O),
    ("Silver Lighthouse", M), ("Grand Jury Prize", M), ("Nine Winters in Mostar", M),
    ("Bosnia and Herzegovina", L), ("Amra Hodžić-Pellegrini", P), ("Kostas Driveliotis", P),
    ("Under the Olive Press", M), ("Greece", L), ("Ivana Brčić", P),
    ('Loris "Lolo" Camilleri', P), ("Harbour Boys", M), ("Malta", L), ("Sanja Petrak", P),
    ("Dávid Halmosi-Reed", P), ("Radio Lupa", M), ("Hungary", L), ("Serbia", L),
    ("Stone Keepers of Hvar", M), ("Nikša Bartulović", P), ("Audience Award", M),
    ("Jadran Telekom Audience Award", M), ("FIPRESCI Prize", M), ("FIPRESCI", O),
    ("International Federation of Film Critics", O), ("Lisbon", L),
    ("Joana Ventura-Bastos", P), ("Expresso", O), ("Osterc-Lindqvist", P), ("Sečovlje", L),
    ("Italian", M), ("Eurimages", O), ("Slovenian Film Centre", O), ("SFC", O),
    ("Camilleri", P), ("Maltese", M), ("Lolo", P), ("Valletta", L), ("Manoel Theatre", L),
    ("Gozo Reels", O), ("Kinobox", M), ("Balkans", L), ("Split Film Association", O),
    ("Peristyle", L), ("Kino Karaman", L), ("Lanterna Hall", L), ("Split Ferry Terminal", L),
])

DOCS["kabaddi-pkl-patna-bengal.txt"] = dict(dct="2026-10-24", ents=[
    ("PKL", O), ("PATNA PIRATES", O), ("BENGAL WARRIORZ", O), ("DUBKI KING", P),
    ("Anirban Sen-Castellino", P), ("Raid Report", O), ("PUNE", L), ("Patna Pirates", O),
    ("Bengal Warriorz", O), ("Pro Kabaddi League", O), ('Sunil "Dubki King" Yadavendra', P),
    ("Shree Shiv Chhatrapati Sports Complex", L), ("Balewadi", L), ("Yadavendra", P),
    ("Bihar", L), ("Masaurhi", L), ("Bengal", O), ("Farhad Rezaei-Nikoo", P),
    ("Iranian", M), ("Kolkata", L), ("Puneri Paltan", O), ("Dubki King", P),
    ("Patna", L, [1]), ("Gurlal Singh Dhaliwal-Kaur", P), ("Warriorz", O),
    ("Ramesh Kalyankar-Iyer", P), ("Deepak Sahani", P), ("Ankit Bhardwaj-Rao", P),
    ("Dhaliwal-Kaur", P), ("Rezaei-Nikoo", P), ("Vishal Mahato", P), ("Patna", O, [3]),
    ("Jaipur Pink Panthers", O), ("Mashal Sports", O),
    ("Amateur Kabaddi Federation of India", O), ("AKFI", O), ("Hyderabad", L),
    ("Gachibowli Indoor Stadium", L), ("Telugu Titans", O), ("Pirates", O),
    ("Star Sports", O), ("JioHotstar", M),
])

DOCS["letters-page-wensleydale-ledger.txt"] = dict(dct="2026-10-15", ents=[
    ("Wensleydale Ledger", O), ("Askrigg", L), ("Dalesway Buses", O), ("Hawes", L),
    ("Leyburn", L), ("Ledger", O), ("North Yorkshire Council", O), ("Bainbridge", L),
    ("Margaret Aske-Holroyd", P), ("Yorkshire Dales National Park Authority", O),
    ("YDNPA", O), ("Aysgarth Falls", L), ('Natasha "Tash" Okonjo-Fell', P),
    ("Peter Lindqvist-Ward", P), ("Carperby", L), ("Bolton", L), ("Bolton Castle", L),
    ("Castle Bolton", L), ("Wensleydale", L), ("Lancashire", L), ("Mary Stuart", P),
    ("Graham Sedgwick", P), ("Redmire", L), ("Dales", L), ("Wensleydale Railway", O),
    ("Ministry of Defence", O), ("Catterick Garrison", L), ("Network Rail", O),
    ("Department for Transport", O), ("Garsdale", L), ("Settle-Carlisle", L),
    ("Reconnect Wensleydale", O), ("Board Inn", O), ("Aisha Rahman-Tennant", P),
    ("Thoralby", L), ("Market Place", L),
])

DOCS["pressreview-german-papers-rail-strike.txt"] = dict(dct="2026-03-11", ents=[
    ("GERMAN", M), ("Europe", L), ("Continental Digest", O), ("Berlin", L), ("GDL", O),
    ("Germany", L), ("Süddeutsche Zeitung", O), ("Munich", L), ("Deutsche Bahn", O),
    ("Jens Vollrath-Kühne", P), ("Frankfurt", L), ("ICE", M), ("Cologne", L),
    ("Frankfurter Allgemeine Zeitung", O), ("FAZ", O), ("DB", O), ("Bundestag", O),
    ("Tarifeinheitsgesetz", M), ("Die Zeit", O), ("Hamburg", L),
    ("Petra Ahlgrimm-Osei", P), ("Leipzig", L), ("Bild", O), ("Axel Springer", O),
    ("Berlin Hauptbahnhof", L), ("Potsdam", L), ("Oranienburg", L), ("Handelsblatt", O),
    ("Düsseldorf", L), ("German Economic Institute", O), ("IW", O), ("DB Cargo", O),
    ("Rheinland Güterbahn", O), ("taz", O), ("Stendal", L), ("Saxony-Anhalt", L),
    ("Der Spiegel", O), ("Thuringia", L), ("Barbara Ostendorf-Mayr", P),
])

DOCS["property-listing-hollins-farmhouse.txt"] = dict(dct="2026-09-03", ents=[
    ("HOLLINS FARMHOUSE", L), ("SALLOWBY", L), ("Pemberton Coates & Lyle", O),
    ("Kendal", L), ("Sallowby", L), ("A684", L), ("Sedbergh", L), ("Howgill Fells", L),
    ("Hollins Farmhouse", L), ("Thwaite-Ogundipe", P), ("Westmorland", L),
    ("Lunesdale Heritage Roofing", O), ("Esse", M), ("Aga", M), ("Hollins Beck", L),
    ("Black Bull", O), ("Sallowby CE School", O), ("Ofsted", O), ("Sedbergh School", O),
    ("Kirkbie Kendal School", O), ("Oxenholme Lake District", L),
    ("West Coast Main Line", L), ("London Euston", L), ("M6", L),
    ("Lake District National Park", L), ("Joan Thwaite-Ogundipe", P), ("Lancaster", L),
    ("Howgills", L), ("Carrow Mead Country Homes", O), ("London", L),
    ("Westmorland and Furness Council", O),
])

DOCS["rowing-severn-regatta-results.txt"] = dict(dct="2026-07-13", ents=[
    ("SEVERN REGATTA", M), ("TEWKESBURY", O), ("ABBEY CUP", M),
    ("Harriet Oyinlola-Pask", P), ("Bankside Sport", O), ("WORCESTER", L),
    ("Tewkesbury Rowing Club", O), ("Abbey Cup", M), ("Severn Regatta", M),
    ("Bristol Ariel", O), ("Worcester Cathedral", L), ("Poppy Lancombe-Hale", P),
    ("Tewkesbury", O), ("Janousek", O), ("Dorothy Glass", M), ("Sabrina Challenge Cup", M),
    ("Nottingham", L), ("Trent Valley Boat Club", O), ("City of Worcester RC", O),
    ("Sabrina Bridge", L), ("Worcester", O), ("Marcus Delacroix-Udeh", P),
    ("Trent Valley BC", O), ("Tewkesbury RC", O), ("Bristol Ariel RC", O),
    ("Elgar Plate", M), ("Monmouth School", O), ("King's School Worcester", O),
    ("Diglis Sculls", M), ("Tomasz Wójcik-Bland", P), ("Evesham RC", O),
    ("Arjun Pillai-Stroud", P), ("Gloucester RC", O), ("Kempsey Sculls", M),
    ("Grace Ndlovu-Pym", P), ("Hereford RC", O), ("Lily Ashcroft", P),
    ("Avon County RC", O), ("Wójcik-Bland", P), ("Polish", M), ("Pershore", L),
    ("Diglis", L), ("Environment Agency", O), ("Diglis Lock", L),
    ("Rosemary Hatton-Fry", P), ("Worcestershire County Council", O),
    ("Canal & River Trust", O), ("Sabrina Trophy", M), ("British Rowing", O),
])

DOCS["shipping-forecast-gale-warnings.txt"] = dict(dct="2026-02-04", ents=[
    ("STORM ODALYS", M), ("ROCKALL", L), ("North Sea Mariner", O), ("Storm Odalys", M),
    ("Met Éireann", O), ("Rockall", L), ("Met Office", O),
    ("Maritime and Coastguard Agency", O), ("MCA", O), ("Fair Isle", L), ("Biscay", L),
    ("Viking", L), ("North Utsire", L), ("South Utsire", L), ("Forties", L),
    ("Cromarty", L), ("Forth", L), ("Tyne", L), ("Dogger", L), ("Fisher", L),
    ("German Bight", L), ("Humber", L), ("Sole", L), ("Fastnet", L), ("Lundy", L),
    ("Irish Sea", L), ("Shannon", L), ("Malin", L), ("Hebrides", L), ("Bailey", L),
    ("Faeroes", L), ("Southeast Iceland", L), ("Stornoway", L), ("Barra", L),
    ("Fraserburgh", L), ("Ocean Harvester II", M), ("Castlebay", L),
    ("Northern Lighthouse Board", O), ("Sule Skerry", L), ("CalMac Ferries", O),
    ("Oban", L), ("Craignure", L), ("Lochboisdale", L), ("Norwegian", M),
    ("Hurtigruten", O), ("Bergen", L), ("Kirkenes", L), ("Ålesund", L), ("Odalys", M),
    ("Norway", L),
])

DOCS["stamps-lighthouse-keepers-issue.txt"] = dict(dct="2026-01-19", ents=[
    ("Scotland", L), ("Philately Weekly", O), ("Edinburgh", L), ("Royal Mail", O),
    ("Keepers of the Rock", M), ("Bell Rock Lighthouse", L), ("Robert Stevenson", P),
    ("Skerryvore", L), ("Alan Stevenson", P), ("Stevenson", P), ("Dubh Artach", L),
    ("Donald Macaulay-Reid", P), ("Muckle Flugga", L), ("Unst", L), ("Jessie Hughson", P),
    ("Eilean Mòr", L), ("Flannan Isles", L), ("Sule Skerry", L), ("Pharos", M),
    ("Ardnamurchan Point", L), ('Catriona "Kate" MacVarish', P), ("Chicken Rock", L),
    ("Isle of Man", L), ("David Stevenson", P), ("Glasgow", L),
    ("Rosalind Achterberg-Kerr", P), ("Northern Lighthouse Board", O), ("NLB", O),
    ("Ashmore Security Print", O), ("Wolverhampton", L), ("Baxter's Place", L),
    ("National Library of Scotland", O), ("Achterberg-Kerr", P),
    ("Alasdair Feàrnaig-Moss", P), ("University of St Andrews", O), ("Earraid", L),
    ("Mull", L), ("Lerwick", L), ("Stevenson Lighthouse Trust", O),
    ("Museum of Scottish Lighthouses", O), ("Fraserburgh", L),
])

if __name__ == "__main__":
    build_set("entdev11", DOCS)
