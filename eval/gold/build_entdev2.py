#!/usr/bin/env python3
"""Build eval/gold/entdev2.jsonl: blind entity gold for corpus/entdev2/*.txt (list format and
checks in entgold.py). Run from the repository root: python3 eval/gold/build_entdev2.py [-v]
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from entgold import P, O, L, M, build_set  # noqa: E402  (the shared builder, beside this file)

DOCS = {}

DOCS["sports-owls-pilgrims.txt"] = dict(dct="2026-10-24", ents=[
    ("Owls", O), ("Pilgrims", O), ("Echeverría", P), ("Hillsborough", L), ("SHEFFIELD", L),
    ("England", L), ("Joaquín Echeverría Sanz", P), ("Sheffield Wednesday", O),
    ("Plymouth Argyle", O), ("Championship", O), ("Spaniard", M), ("Real Zaragoza", O),
    ("Kwabena Asamoah-Boateng", P), ("Plymouth", O), ("Wednesday", O), ("Ísak Þórðarson", P),
    ("Þórðarson", P), ("Icelandic", M), ("Tomasz van der Wielen", P), ("Argyle", O),
    ("Rhys ap Gwilym", P), ("Mathéo N’Diaye-Fontaine", P), ("Grzegorz Lindqvist-Habte", P),
    ("Joaquín", P), ("Kop", L), ("Leppings Lane", L), ("Welsh", M), ("Dafydd Prys-Owen", P),
    ("Prys-Owen", P), ("Santiago de la Cruz Ibáñez", P), ("Harjit Sandhu-Clarke", P),
    ("Luis Ángel Oyarzún", P), ("Van der Wielen", P), ("Feyenoord", O), ("Sheffield", O),
    ("Middlesbrough", O), ("Riverside Stadium", L), ("Carabao Cup", M), ("Premier League", O),
    ("Brentford", O), ("EFL Championship", O), ("Coventry City", O), ("Home Park", L),
])

DOCS["crime-dayton-tavern-shooting.txt"] = dict(dct="2026-03-17", ents=[
    ("East Dayton", L), ("DAYTON", L), ("Ohio", L), ("Miami Valley Ledger", O), ("Riverside", L),
    ("East Third Street", L), ("Darnell Q. Whitacre", P), ("Montgomery County Jail", L),
    ("Rosalind Achterberg-Nwosu", P), ("Montgomery County Court of Common Pleas", O),
    ("Cody Albrecht", P), ("Kettering", L), ("Dayton Police Department", O), ("Whitacre", P),
    ("Albrecht", P), ("Rusty Anchor Tavern", O), ("Keowee Street", L), ("Linden Avenue", L),
    ("Miami Valley Hospital", O), ("Yolanda Fairbrother-Diaz", P), ("Xenia Avenue", L),
    ("Chevrolet Malibu", M), ("Greg Tulowitzki", P), ("Montgomery County Prosecutor’s Office", O),
    ("Terrence DeLeon-Ostrowski", P), ("Montgomery County Public Defender’s Office", O),
    ("Huber Heights", L), ("West Third Street", L), ("Kamran Haddadi", P),
    ("Ohio Bureau of Criminal Investigation", O), ("Greene County", L),
    ("Ohio State Highway Patrol", O), ("Montgomery County Courts Building", L),
    ("Dayton Foundation", O),
])

DOCS["markets-chipmakers-yen.txt"] = dict(dct="2026-05-12", ents=[
    ("BOJ", O), ("NEW YORK", L), ("Harbor Street Wire", O), ("U.S.", L), ("Bank of Japan", O),
    ("S&P 500", M), ("Nasdaq Composite", M), ("Orvalis Semiconductor Inc.", O), ("ORVS", O),
    ("Dow Jones Industrial Average", M), ("Russell 2000", M), ("Calder Ridge Financial Corp.", O),
    ("NYSE", O), ("CRF", O), ("Brennock & Vail Inc.", O), ("BVAL", O),
    ("New York Stock Exchange", O), ("Europe", L), ("European", M), ("STOXX 600", M),
    ("London", L), ("FTSE 100", M), ("Halvergate Minerals plc", O), ("LSE", O), ("HVG", O),
    ("Frankfurt", L), ("DAX", M), ("Kestrel Autowerke SE", O), ("China", L), ("Amsterdam", L),
    ("Veldhuis Logistiek NV", O), ("Polish", M), ("Tokyo", L), ("Nikkei 225", M),
    ("Hoshizora Denki KK", O), ("Tokyo Stock Exchange", O), ("Kumamoto", L), ("Hong Kong", L),
    ("Hang Seng", M), ("Ryohei Sakuragi", P), ("ECB", O), ("Annelie Verhoeven", P),
    ("Treasury", M), ("Labor Department", O), ("Federal Reserve", O), ("CME Group", O),
    ("FedWatch", M), ("Priyanka Oduya", P), ("Larchmont Capital Advisors", O), ("Boston", L),
    ("Brent", M),
])

DOCS["review-salt-lick-hymnal.txt"] = dict(dct="2026-08-29", ents=[
    ("Wren Adair-Mbeki", P), ("Salt Lick Hymnal", M), ("Memphis", L), ("Theodora Kask", P),
    ("Paper Lanterns", M), ("Americana Honors & Awards", M), ("Nashville", L),
    ("Capitol Records Nashville", O), ("Athens", L), ("Georgia", L), ("Owl Mountain Records", O),
    ("Sam Phillips Recording", O), ("Ignacio Ferreira-Lunde", P), ("Low Tide Choir", O),
    ("Cormac McCarthy", P), ("Suttree", M), ("McCarthy", P), ("Knoxville", L),
    ("Dry County Psalm", M), ("Amos Thibault-Reyes", P), ("Carry Me to Cairo", M), ("Cairo", L),
    ("Illinois", L), ("Egypt", L), ("Ohio River", L), ("Mercy, Anyway", M), ("Scottish", M),
    ("Delphine Okoro-Hale", P), ("Paper Lanterns (Reprise)", M),
    ("Hymn for the Kroger Parking Lot", M), ("Mississippi Is a Verb", M), ("Adair-Mbeki", P),
    ("Ferreira-Lunde", P), ("Borrowed Weather", M), ("Farrar, Straus and Giroux", O),
    ("Grammy", M), ("Ryman Auditorium", L), ("Orpheum Theatre", L), ("Okoro-Hale", P),
])

DOCS["weather-josephine-french-broad.txt"] = dict(dct="2026-09-22", ents=[
    ("Josephine", M), ("North Carolina", L), ("French Broad", L), ("ASHEVILLE", L), ("N.C.", L),
    ("Hurricane Josephine", M), ("Blue Ridge Mountains", L), ("French Broad River", L),
    ("Asheville", L), ("Swannanoa River", L), ("National Weather Service", O), ("Greer", L),
    ("S.C.", L), ("Helene", M), ("Buncombe", L), ("Yancey", L), ("McDowell", L),
    ("Apalachicola", L), ("Florida Panhandle", L), ("Georgia", L), ("National Hurricane Center", O),
    ("Miami", L), ("Atlantic", L), ("Tropical Storm Kyle", M), ("Lorena Westbrook-Ames", P),
    ("White House", O), ("Colin Baptiste-Marr", P), ("FEMA", O), ("Atlanta", L),
    ("American Red Cross", O), ("Harrah’s Cherokee Center", L), ("Mars Hill University", O),
    ("Red Cross", O), ("Duke Energy", O), ("North Carolina Department of Transportation", O),
    ("Interstate 40", L), ("Pigeon River Gorge", L), ("Tennessee", L),
    ("National Park Service", O), ("Blue Ridge Parkway", L), ("Mount Mitchell State Park", L),
    ("Tamsin Greeley-Oyelowo", P), ("Black Mountains", L), ("Swannanoa", L),
])

DOCS["politics-michigan-8th-poll.txt"] = dict(dct="2026-06-04", ents=[
    ("Michigan", L), ("8th District", L), ("LANSING", L), ("Mich.", L),
    ("Delia Marchetti-Sloane", P), ("Democrat", M), ("Republican", M),
    ("Garrett Okonjo-Vance", P), ("8th Congressional District", L), ("House", O),
    ("Congress", O), ("Lakeshore Research Group", O), ("Detroit Civic Forum", O), ("Flint", L),
    ("Saginaw", L), ("Bay City", L), ("Marchetti-Sloane", P), ("Okonjo-Vance", P),
    ("27th District", L), ("Michigan Senate", O), ("Marine Corps", O), ("Lagos", L),
    ("Nigerian", M), ("American", M), ("National Republican Congressional Committee", O),
    ("Young Guns", M), ("Great Lakes Forward PAC", O), ("Canadian", M),
    ("Democratic Congressional Campaign Committee", O), ("Michigan Democratic Party", O),
    ("Midland", L), ("Imani Holcomb-Ruiz", P), ("UAW", O), ("Washington", L),
    ("Frankenmuth", L), ("Democrats", M), ("Lansing", L), ("Republicans", M), ("Latino", M),
    ("Hollis Brandvold", P), ("GOP", O), ("Tuscola County", L), ("Cook Political Report", O),
])

DOCS["asia-hanseong-vardhan-chennai.txt"] = dict(dct="2026-04-16", ents=[
    ("Hanseong", O), ("India", L), ("Vardhan", O), ("Chennai", L), ("SEOUL", L),
    ("Hanseong Electronics", O), ("South Korea", L), ("Hanseong Group", O),
    ("Vardhan Industries Ltd.", O), ("Korean", M), ("Hanseong Vardhan Semiconductor Pvt. Ltd.", O),
    ("Sriperumbudur", L), ("Tamil Nadu", L), ("Park Ji-hoon", P), ("Seoul", L), ("Gangnam", L),
    ("Park", P), ("Park Sung-chul", P), ("S. Meenakshi Sundaram", P),
    ("India Semiconductor Mission", O), ("Ministry of Electronics and Information Technology", O),
    ("New Delhi", L), ("Sundaram", P), ("Shirakawa Seiki KK", O), ("Nagoya", L),
    ("Fujisawa Kenta", P), ("Fujisawa", P), ("Japan", L),
    ("Ministry of Economy, Trade and Industry", O), ("Ministry of Trade, Industry and Energy", O),
    ("China", L), ("Suzhou", L), ("Lin Xiaowei", P), ("Huaxin Securities", O), ("Shanghai", L),
    ("Chinese", M), ("Jiangnan Microsystems", O), ("Lin", P), ("Korea Exchange", O),
    ("KOSPI", M), ("Mumbai", L), ("National Stock Exchange of India", O),
])

DOCS["religion-scranton-diocese-schools.txt"] = dict(dct="2026-02-03", ents=[
    ("Diocese of Scranton", O), ("SCRANTON", L), ("Pa.", L), ("Scranton School District", O),
    ("Thaddeus Mroczek-Bailey", P), ("St. Casimir Academy", O), ("Dunmore", L),
    ("Holy Rosary School", O), ("Wilkes-Barre", L), ("Our Lady of Peace School", O),
    ("Pittston Avenue", L), ("Mroczek-Bailey", P), ("Cathedral of St. Peter", L),
    ("Wyoming Avenue", L), ("Vatican", L), ("Dicastery for Culture and Education", O),
    ("Leo XIV", P), ("St. Casimir", O), ("Marisol Ferencz-Odom", P), ("St. Casimir Church", L),
    ("Agnieszka Pawlowski-Reed", P), ("Catholic", M), ("Holy Cross High School", O),
    ("Hiroko Lindgren-Abara", P), ("Lackawanna County", L), ("University of Scranton", O),
    ("Jesuit", M), ("Panuska College of Professional Studies", O), ("Marywood University", O),
    ("Catholic Church", O), ("Pennsylvania", L), ("Catholics", M),
])

DOCS["transport-prairie-sky-windshield.txt"] = dict(dct="2026-07-09", ents=[
    ("Prairie Sky", O), ("O’Hare", L), ("FAA", O), ("CHICAGO", L), ("Prairie Sky Airlines", O),
    ("Denver", L), ("O’Hare International Airport", L), ("Airbus A321neo", M),
    ("Denver International Airport", L), ("DEN", L), ("Lakeview Air", O),
    ("Chicago Midway International Airport", L), ("Federal Aviation Administration", O),
    ("National Transportation Safety Board", O), ("A321neo", M),
    ("Minneapolis–Saint Paul International Airport", L),
    ("Phoenix Sky Harbor International Airport", L), ("Omaha", L), ("Eppley Airfield", L),
    ("Benedikt Ashworth-Nakamura", P), ("Glasswerk Aerospace GmbH", O), ("Bremen", L),
    ("Germany", L), ("A321neos", M), ("Boeing 737 MAX 8", M), ("Air Line Pilots Association", O),
    ("European Union Aviation Safety Agency", O), ("EASA", O), ("Airbus", O), ("Hamburg", L),
    ("Mobile", L), ("Alabama", L), ("Des Moines", L), ("Iowa", L), ("Chicago", L),
    ("Kansas City", L), ("Nasdaq", O), ("PSKY", O), ("Orlando International Airport", L),
])

DOCS["release-quarrybrook-cso.txt"] = dict(dct="2026-11-05", ents=[
    ("QUARRYBROOK ANALYTICS", O), ("SIOBHAN ACHEBE-LUND", P), ("Hollins-Verde Therapeutics", O),
    ("AUSTIN", L), ("Texas", L), ("NewsPoint Wire", O), ("Quarrybrook Analytics Inc.", O),
    ("NASDAQ", O), ("QBRK", O), ("Siobhan Achebe-Lund", P), ("Achebe-Lund", P),
    ("Quarrybrook", O), ("University of Texas MD Anderson Cancer Center", O), ("Houston", L),
    ("Johns Hopkins University", O), ("University College Dublin", O), ("Siobhan", P),
    ("Rafferty Quinlan-Moss", P), ("QuarryLens", M), ("Europe", L), ("Japan", L),
    ("U.S. Food and Drug Administration", O), ("European Medicines Agency", O),
    ("Martin Oyelade-Fisk", P), ("Quarrybrook Analytics", O), ("Austin", L), ("Toronto", L),
    ("Bengaluru", L), ("www.quarrybrook.com", M),
    ("Private Securities Litigation Reform Act of 1995", M), ("Jolene Patterson-Ng", P),
    ("Harrowgate Communications", O),
])

DOCS["listicle-pittsburgh-water-taxi.txt"] = dict(dct="2026-01-27", ents=[
    ("Pittsburgh", L), ("Three Rivers Water Taxi", M), ("Colette Ambrose-Diallo", P),
    ("Downtown", L), ("North Shore", L), ("Strip District", L), ("Point State Park", L),
    ("Allegheny", L), ("Monongahela", L), ("Ohio", L), ("Pittsburgh Regional Transit", O),
    ("Keelboat Marine LLC", O), ("Morgan City", L), ("Louisiana", L), ("ConnectCard", M),
    ("Ready2Ride", M), ("Nellie Bly", M), ("Roberto Clemente", M), ("Pirates", O),
    ("Acrisure Stadium", L), ("PNC Park", L), ("Steelers", O), ("U.S. Coast Guard", O),
    ("POGOH", O), ("Station Square", L), ("Tobias Renwick-Oduya", P), ("Millvale", L),
    ("Hazelwood Green", L), ("Allegheny County", L), ("Federal Transit Administration", O),
    ("Richard King Mellon Foundation", O), ("Carnegie Science Center", O),
])

DOCS["science-deinococcus-europa.txt"] = dict(dct="2026-08-13", ents=[
    ("Europa", L), ("JPL", O), ("PASADENA", L), ("Calif.", L), ("Jupiter", L), ("NASA", O),
    ("Jet Propulsion Laboratory", O), ("Astrobiology", O), ("Oluwaseun Marchbanks-Tiwari", P),
    ("Earth", L), ("Europa Clipper", M), ("European Space Agency", O),
    ("Jupiter Icy Moons Explorer", M), ("Juice", M), ("Ingrid Solheim-Varga", P),
    ("University of Arizona", O), ("Lunar and Planetary Laboratory", O),
    ("James Webb Space Telescope", M), ("Tara Regio", L), ("NASA Astrobiology Program", M),
    ("Ellery Foundation", O), ("Seattle", L), ("Caltech", O), ("Marchbanks-Tiwari", P),
    ("Gulf of California", L),
])

if __name__ == "__main__":
    build_set("entdev2", DOCS)
