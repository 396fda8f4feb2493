//! The table-driven test of the money extractor: one row per sentence, with every mention it
//! must yield (and nothing else).
//!
//! A mention is written `text|value|currency` followed by the fields that are set, in this
//! order: `q=` qualifier, `per=`, `period=`, `range=ID:low|high`, and for vague amounts
//! (value `vague`) `min=` and `max=`. Values are compared exactly after formatting both sides
//! the same way, so `5e6` in a row equals 5000000 in the record. `-` is null.

use super::Money;
use crate::extract::{Document, Extractor, Mentions};
use crate::record::{MoneyMention, RangeRole};

/// (sentence, expected mentions)
#[rustfmt::skip]
const CASES: &[(&str, &[&str])] = &[
    // ---- sign, number, magnitude
    ("The deal is worth $100 million.", &["$100 million|1e8|USD"]),
    ("It lost $9.9 million last year.", &["$9.9 million|9.9e6|USD"]),
    ("He paid $850,000 for the house.", &["$850,000|850000|USD"]),
    ("Yahoo raised $1.2bn in bonds.", &["$1.2bn|1.2e9|USD"]),
    ("A $40bn takeover was announced.", &["$40bn|4e10|USD"]),
    ("Airbus wins order worth $15bn", &["$15bn|1.5e10|USD"]),
    ("It sought US$3 billion in aid.", &["US$3 billion|3e9|USD"]),
    ("Chrysler will receive CA$1 billion.", &["CA$1 billion|1e9|CAD"]),
    ("The province pledged C$250 million.", &["C$250 million|2.5e8|CAD"]),
    ("Qantas booked A$1.2 billion in profit.", &["A$1.2 billion|1.2e9|AUD"]),
    ("The MTR spent HK$10 billion on the line.", &["HK$10 billion|1e10|HKD"]),
    ("Fonterra paid NZ$7.20 per kilogram.", &["NZ$7.20|7.2|NZD|per=kilogram"]),
    ("DBS earned S$2 billion.", &["S$2 billion|2e9|SGD"]),
    ("TSMC invested NT$100 billion.", &["NT$100 billion|1e11|TWD"]),
    ("Petrobras raised R$5 billion.", &["R$5 billion|5e9|BRL"]),
    ("Siemens took a €3.5 million charge.", &["€3.5 million|3.5e6|EUR"]),
    ("The club paid £2.5m for the striker.", &["£2.5m|2.5e6|GBP"]),
    ("The Bank of Japan injected ¥1 trillion.", &["¥1 trillion|1e12|JPY"]),
    ("Toyota set aside ¥100 billion.", &["¥100 billion|1e11|JPY"]),
    ("China's central bank added ¥500 billion of liquidity.", &["¥500 billion|5e11|CNY"]),
    ("The state approved ₹500 crore for roads.", &["₹500 crore|5e9|INR"]),
    ("The ministry allotted Rs 500 crore.", &["Rs 500 crore|5e9|INR"]),
    ("Farmers got Rs. 2 lakh each.", &["Rs. 2 lakh|2e5|INR|per=each"]),
    ("The budget is Rs 5 lakh crore.", &["Rs 5 lakh crore|5e12|INR"]),
    ("Markets lost $1 trillion in a day.", &["$1 trillion|1e12|USD"]),
    ("The award totals $184,500,250.", &["$184,500,250|184500250|USD"]),
    ("The salary is $95K.", &["$95K|95000|USD"]),
    ("They raised $3MM in seed funding.", &["$3MM|3e6|USD"]),
    ("A $5-million grant was approved.", &["$5-million|5e6|USD"]),
    ("The fund holds $2.5 Billion.", &["$2.5 Billion|2.5e9|USD"]),
    ("The Wolseley deal was worth £1.4bn.", &["£1.4bn|1.4e9|GBP"]),
    ("The cap is $.50 per unit.", &["$.50|0.5|USD|per=unit"]),
    ("The price was US $199 at launch.", &["US $199|199|USD"]),
    ("Shares rose to $373.72, up $2.46.", &["$373.72|373.72|USD", "$2.46|2.46|USD"]),
    ("It was a USD$23 billion dollar deal.", &["USD$23 billion dollar|2.3e10|USD"]),
    ("Films will retail for around $9.99 US dollars.", &["$9.99 US dollars|9.99|USD|q=approx"]),
    ("It costs $5 million dollars.", &["$5 million dollars|5e6|USD"]),
    ("Israel approved NIS 3 billion in aid.", &["NIS 3 billion|3e9|ILS"]),
    ("Petronas posted RM5 billion in profit.", &["RM5 billion|5e9|MYR"]),
    ("It cost 5\u{a0}€ per ticket.", &["5\u{a0}€|5|EUR|per=ticket"]),
    ("A coffee costs 99¢ here.", &["99¢|0.99|USD"]),
    ("The loan is $5\u{a0}million.", &["$5\u{a0}million|5e6|USD"]),
    // ---- codes
    ("The bank raised EUR 12 million.", &["EUR 12 million|1.2e7|EUR"]),
    ("It issued USD 5m of notes.", &["USD 5m|5e6|USD"]),
    ("Glencore paid GBP 3.5bn.", &["GBP 3.5bn|3.5e9|GBP"]),
    ("Nestle spent CHF 200 million.", &["CHF 200 million|2e8|CHF"]),
    ("Turkey borrowed TRY 2 billion.", &["TRY 2 billion|2e9|TRY"]),
    ("A 700 billion USD bailout was passed.", &["700 billion USD|7e11|USD"]),
    ("It paid 12 million EUR in fines.", &["12 million EUR|1.2e7|EUR"]),
    ("Revenue was USD5.2bn.", &["USD5.2bn|5.2e9|USD"]),
    // ---- number, then currency name
    ("Sony paid 1.5 billion dollars.", &["1.5 billion dollars|1.5e9|USD"]),
    ("The injection of 44 billion dollars helped.", &["44 billion dollars|4.4e10|USD"]),
    ("VW set aside 12 million euros.", &["12 million euros|1.2e7|EUR"]),
    ("The plan costs 500 crore rupees.", &["500 crore rupees|5e9|INR"]),
    ("They bought jets for 9.9 billion yuan.", &["9.9 billion yuan|9.9e9|CNY"]),
    ("The city got 200 million Canadian dollars.", &["200 million Canadian dollars|2e8|CAD"]),
    ("It paid 10 million Hong Kong dollars.", &["10 million Hong Kong dollars|1e7|HKD"]),
    ("Samsung earned 5 trillion won.", &["5 trillion won|5e12|KRW"]),
    ("A meal costs 5,000 won.", &["5,000 won|5000|KRW"]),
    ("Sasol lost 3 billion rand.", &["3 billion rand|3e9|ZAR"]),
    ("The metro budgeted R2.5 billion for pipes.", &["R2.5 billion|2.5e9|ZAR"]),
    ("Eskom owes R450m to the city.", &["R450m|4.5e8|ZAR"]),
    ("Road R5 was closed.", &[]),
    ("He finished R2 in the relay.", &[]),
    ("The fine was 2,000 pounds.", &["2,000 pounds|2000|GBP"]),
    ("Gazprom paid 50 billion rubles.", &["50 billion rubles|5e10|RUB"]),
    ("The club paid 30 million pounds sterling.", &["30 million pounds sterling|3e7|GBP"]),
    ("The airline saved 40 million Swiss francs.", &["40 million Swiss francs|4e7|CHF"]),
    ("They owe 300 million Mexican pesos.", &["300 million Mexican pesos|3e8|MXN"]),
    ("Prices fell 5 cents.", &["5 cents|0.05|USD"]),
    ("Ford's profits equate to 26 cents per share.", &["26 cents|0.26|USD|per=share"]),
    ("It lost 12 cent per share.", &["12 cent|0.12|USD|per=share"]),
    ("Shares fell to €2.73, down 5 cents.", &["€2.73|2.73|EUR", "5 cents|0.05|EUR"]),
    ("A stamp costs 50 pence.", &["50 pence|0.5|GBP"]),
    ("A 5-dollar bill was found.", &["5-dollar|5|USD"]),
    ("They won 3 million bucks.", &["3 million bucks|3e6|USD"]),
    // ---- number words
    ("He stole three million dollars.", &["three million dollars|3e6|USD"]),
    ("It rose five cents.", &["five cents|0.05|USD"]),
    ("Bank of America gained $704 million, or fifteen cents per share.", &["$704 million|7.04e8|USD", "fifteen cents|0.15|USD|per=share"]),
    ("The bonus was twenty-five million dollars.", &["twenty-five million dollars|2.5e7|USD"]),
    ("He won a million dollars.", &["a million dollars|1e6|USD"]),
    ("She left half a million dollars.", &["half a million dollars|5e5|USD"]),
    ("It cost one hundred dollars.", &["one hundred dollars|100|USD"]),
    ("They spent two hundred fifty million euros.", &["two hundred fifty million euros|2.5e8|EUR"]),
    ("It sold for one and a half million pounds.", &["one and a half million pounds|1.5e6|GBP"]),
    ("The fee is ten dollars.", &["ten dollars|10|USD"]),
    ("They paid two hundred and fifty-five million Hong Kong dollars.", &["two hundred and fifty-five million Hong Kong dollars|2.55e8|HKD"]),
    // ---- parentheses
    ("Each got $42,000 ($6,000 each).", &["$42,000|42000|USD", "$6,000|6000|USD|per=each"]),
    ("They will pay $57 million (US$78 million) for the stake.", &["$57 million|5.7e7|USD", "US$78 million|7.8e7|USD"]),
    ("The aircraft cost €1.78 billion (US$2.4 billion).", &["€1.78 billion|1.78e9|EUR", "US$2.4 billion|2.4e9|USD"]),
    ("Jets for 9.9 billion yuan (about US$1.4 billion).", &["9.9 billion yuan|9.9e9|CNY", "US$1.4 billion|1.4e9|USD|q=approx"]),
    ("Funds of $60,000 will be obligated ($10,000 on each of the six contracts).", &["$60,000|60000|USD", "$10,000|10000|USD"]),
    ("The Navy ($8,687,257; 79.4 percent) and the UK ($2,251,980; 20.6 percent).", &["$8,687,257|8687257|USD", "$2,251,980|2251980|USD"]),
    // ---- qualifiers
    ("The cost is at least $100 million.", &["$100 million|1e8|USD|q=at_least"]),
    ("ICE spent more than $20 million.", &["$20 million|2e7|USD|q=more_than"]),
    ("It received over $5 billion.", &["$5 billion|5e9|USD|q=more_than"]),
    ("Valued at about $1.9 billion.", &["$1.9 billion|1.9e9|USD|q=approx"]),
    ("It increases by approximately $38 million.", &["$38 million|3.8e7|USD|q=approx"]),
    ("Deutsche Bank lost almost $3.5 billion.", &["$3.5 billion|3.5e9|USD|q=approx"]),
    ("It lost nearly $2 billion.", &["$2 billion|2e9|USD|q=approx"]),
    ("It may receive up to CA$7.5 billion.", &["CA$7.5 billion|7.5e9|CAD|q=up_to"]),
    ("It was awarded a maximum $11,158,749 modification.", &["$11,158,749|11158749|USD|q=up_to"]),
    ("A not-to-exceed $3,500,000 order was placed.", &["$3,500,000|3500000|USD|q=up_to"]),
    ("The contract has a ceiling of $20,000,000.", &["$20,000,000|20000000|USD|q=up_to"]),
    ("They are awarded an estimated $577,471,075.", &["$577,471,075|577471075|USD|q=approx"]),
    ("It cost less than $1,000.", &["$1,000|1000|USD|q=less_than"]),
    ("GM might need as much as $30 billion.", &["$30 billion|3e10|USD|q=up_to"]),
    // A synonym spinner's "as much as".
    ("a pact valued at as a lot as $96 million", &["$96 million|9.6e7|USD|q=up_to"]),
    ("Bids of $5 million or more are due.", &["$5 million|5e6|USD|q=at_least"]),
    ("The fund needs a minimum of $2 million.", &["$2 million|2e6|USD|q=at_least"]),
    ("Hedge funds worth more than $1.5 billion.", &["$1.5 billion|1.5e9|USD|q=more_than"]),
    ("Losses of roughly €40 million.", &["€40 million|4e7|EUR|q=approx"]),
    ("Hedge funds worth MORE THAN $1.5 billion.", &["$1.5 billion|1.5e9|USD|q=more_than"]),
    // ---- ranges
    ("It will cost $5 million to $7 million.", &["$5 million|5e6|USD|range=0:low", "$7 million|7e6|USD|range=0:high"]),
    ("Estimates run $5-7 million.", &["$5|5e6|USD|range=0:low", "7 million|7e6|USD|range=0:high"]),
    ("Estimates run $5–7 million.", &["$5|5e6|USD|range=0:low", "7 million|7e6|USD|range=0:high"]),
    ("They will contribute between $12 million and $20 million.", &["$12 million|1.2e7|USD|range=0:low", "$20 million|2e7|USD|range=0:high"]),
    ("It costs between $1 billion and $2 billion.", &["$1 billion|1e9|USD|range=0:low", "$2 billion|2e9|USD|range=0:high"]),
    ("About US$16 million to $28 million will fund it.", &["US$16 million|1.6e7|USD|q=approx|range=0:low", "$28 million|2.8e7|USD|q=approx|range=0:high"]),
    ("Contracts provide US$300 to 350 million a year.", &["US$300|3e8|USD|per=year|range=0:low", "350 million|3.5e8|USD|per=year|range=0:high"]),
    ("The CARS act provides a US$3,000 to 5,000 incentive.", &["US$3,000|3000|USD|range=0:low", "5,000|5000|USD|range=0:high"]),
    ("It will cost 5 to 7 million dollars.", &["5|5e6|USD|range=0:low", "7 million dollars|7e6|USD|range=0:high"]),
    ("Between 5 and 10 million euros were lost.", &["5|5e6|EUR|range=0:low", "10 million euros|1e7|EUR|range=0:high"]),
    ("Tickets cost $5 to $7 million.", &["$5|5e6|USD|range=0:low", "$7 million|7e6|USD|range=0:high"]),
    ("Prices range from $2.50 to $3.75 a gallon.", &["$2.50|2.5|USD|per=gallon|range=0:low", "$3.75|3.75|USD|per=gallon|range=0:high"]),
    ("It expects $1 billion-$2 billion.", &["$1 billion|1e9|USD|range=0:low", "$2 billion|2e9|USD|range=0:high"]),
    ("The limit increased from $100,000 to $250,000.", &["$100,000|100000|USD", "$250,000|250000|USD"]),
    ("The value increased from $9,216,483,100 to $9,301,775,420.", &["$9,216,483,100|9216483100|USD", "$9,301,775,420|9301775420|USD"]),
    ("It brings the value to $33,144,937 from $21,410,170.", &["$33,144,937|33144937|USD", "$21,410,170|21410170|USD"]),
    ("Costs of $5 million to $7 million and $1 billion to $2 billion.", &["$5 million|5e6|USD|range=0:low", "$7 million|7e6|USD|range=0:high", "$1 billion|1e9|USD|range=1:low", "$2 billion|2e9|USD|range=1:high"]),
    ("It paid $5 million and $7 million.", &["$5 million|5e6|USD", "$7 million|7e6|USD"]),
    ("It gave $5 million to 10 schools.", &["$5 million|5e6|USD"]),
    ("Bids came in at £3m-£4m.", &["£3m|3e6|GBP|range=0:low", "£4m|4e6|GBP|range=0:high"]),
    // ---- rates
    ("The plan costs $1.2 billion a year.", &["$1.2 billion|1.2e9|USD|per=year"]),
    ("They offered $5 per share.", &["$5|5|USD|per=share"]),
    ("They offered $9 a share in cash.", &["$9|9|USD|per=share"]),
    ("Oil hit $60 a barrel.", &["$60|60|USD|per=barrel"]),
    ("Costs fall by CA$19 per hour.", &["CA$19|19|CAD|per=hour"]),
    ("Episodes sell for $1.99 per episode.", &["$1.99|1.99|USD|per=episode"]),
    ("Songs are £0.79 per song and £7.99 per album.", &["£0.79|0.79|GBP|per=song", "£7.99|7.99|GBP|per=album"]),
    ("It pays $5 million annually.", &["$5 million|5e6|USD|per=year"]),
    ("Rent is $2,000/month.", &["$2,000|2000|USD|per=month"]),
    ("The stake is $4.1556 per share or $57 million overall.", &["$4.1556|4.1556|USD|per=share", "$57 million|5.7e7|USD"]),
    ("Wages rose to $15 an hour.", &["$15|15|USD|per=hour"]),
    ("She took a £100,000-a-year job.", &["£100,000|100000|GBP|per=year"]),
    ("He earns $1 million-plus a year.", &["$1 million|1e6|USD|q=more_than|per=year"]),
    ("Sales reached 12,5 million euros.", &["12,5 million euros|1.25e7|EUR"]),
    ("Le budget est de €3,5 millions.", &[]),
    ("A million euros is a lot.", &["A million euros|1e6|EUR"]),
    ("Members pay $10 each month.", &["$10|10|USD|per=month"]),
    // ---- periods
    ("The price is at least $100 million over five years.", &["$100 million|1e8|USD|q=at_least|period=P5Y"]),
    ("It will spend $2 billion over the next decade.", &["$2 billion|2e9|USD|period=P10Y"]),
    ("A five-year, $100 million contract was signed.", &["$100 million|1e8|USD|period=P5Y"]),
    ("It won a $10 billion, 10-year contract.", &["$10 billion|1e10|USD|period=P10Y"]),
    ("The bank will invest $500 million within 18 months.", &["$500 million|5e8|USD|period=P18M"]),
    ("It pays $1.2 billion a year over three years.", &["$1.2 billion|1.2e9|USD|per=year|period=P3Y"]),
    ("It has a value of $19.875 million over a five-year period.", &["$19.875 million|1.9875e7|USD|period=P5Y"]),
    ("A $3 billion deal for two quarters.", &["$3 billion|3e9|USD|period=P6M"]),
    ("It lost $7.3 billion over budget.", &["$7.3 billion|7.3e9|USD"]),
    ("It earned $5 million in the first quarter.", &["$5 million|5e6|USD"]),
    ("It cost $5 million; over five years the plan grew.", &["$5 million|5e6|USD"]),
    ("He wants $300 million before he becomes a free agent in two years.", &["$300 million|3e8|USD"]),
    ("It will invest $2 billion in the next three years.", &["$2 billion|2e9|USD|period=P3Y"]),
    ("It pays $420,000 annually for 15 years.", &["$420,000|420000|USD|per=year|period=P15Y"]),
    ("It lost Rs 9,864 crore a year earlier.", &["Rs 9,864 crore|9.864e10|INR"]),
    ("Sales were $5 million a year ago.", &["$5 million|5e6|USD"]),
    // ---- vague amounts
    ("Each could see tens of millions of dollars in revenue.", &["tens of millions of dollars|vague|USD|min=1e7|max=1e8"]),
    ("It would buy billions of dollars of bad loans.", &["billions of dollars|vague|USD|min=1e9|max=1e12"]),
    ("They paid hundreds of thousands of pounds.", &["hundreds of thousands of pounds|vague|GBP|min=1e5|max=1e6"]),
    ("Each could see tens of hundreds of thousands of pounds in new profits.", &["tens of hundreds of thousands of pounds|vague|GBP|min=1e6|max=1e7"]),
    ("CBP signaled its own multimillion-dollar cloud deal.", &["multimillion-dollar|vague|USD|min=2e6|max=1e9"]),
    ("A multibillion-dollar merger collapsed.", &["multibillion-dollar|vague|USD|min=2e9|max=1e12"]),
    ("It was a multi-million pound scheme.", &["multi-million pound|vague|GBP|min=2e6|max=1e9"]),
    ("It is a billion-dollar company.", &["billion-dollar|vague|USD|min=1e9|max=1e10"]),
    ("It could run into a few hundred million US dollars.", &["a few hundred million US dollars|vague|USD|min=2e8|max=1e9"]),
    ("It cost several million euros.", &["several million euros|vague|EUR|min=3e6|max=1e7"]),
    ("She sold paintings for a few hundred dollars each.", &["a few hundred dollars|vague|USD|per=each|min=200|max=1000"]),
    ("Repairs cost several hundred pounds.", &["several hundred pounds|vague|GBP|min=300|max=1000"]),
    ("A few hundred people marched.", &[]),
    // ---- the article's own dollar: "US$" spelled out beside one other prefixed dollar
    ("The deal is worth $14 billion, up from C$12 billion, or about US$10 billion.", &["$14 billion|14000000000|CAD", "C$12 billion|12000000000|CAD", "US$10 billion|10000000000|USD|q=approx"]),
    ("Shares rose 11 cents to $5.20; exports earned C$2.9 billion, or US$2.1 billion.", &["11 cents|0.11|CAD", "$5.20|5.2|CAD", "C$2.9 billion|2900000000|CAD", "US$2.1 billion|2100000000|USD"]),
    ("It sold for A$3 million (US$2 million to $2.2 million) and $40,000 in fees.", &["A$3 million|3000000|AUD", "US$2 million|2000000|USD|range=0:low", "$2.2 million|2200000|USD|range=0:high", "$40,000|40000|AUD"]),
    ("The unit earned C$2 billion and the group $5 billion.", &["C$2 billion|2000000000|CAD", "$5 billion|5000000000|USD"]),
    ("Bids of C$2 million and A$3 million came in, against US$1 million and $4 million.", &["C$2 million|2000000|CAD", "A$3 million|3000000|AUD", "US$1 million|1000000|USD", "$4 million|4000000|USD"]),
    ("Thousands of dollars were stolen.", &["Thousands of dollars|vague|USD|min=1e3|max=1e6"]),
    ("The EU spends millions of euros on it.", &["millions of euros|vague|EUR|min=1e6|max=1e9"]),
    ("Investors lost hundreds of millions of dollars.", &["hundreds of millions of dollars|vague|USD|min=1e8|max=1e9"]),
    ("It attracted millions of pounds of investment.", &["millions of pounds|vague|GBP|min=1e6|max=1e9"]),
    ("It cost about tens of millions of dollars.", &["tens of millions of dollars|vague|USD|q=approx|min=1e7|max=1e8"]),
    // ---- elliptical amounts: a number and the same magnitude word, money of the amount before
    ("Chrysler asked for an additional US$5 billion in aid on top of the four billion it has already received.", &["US$5 billion|5e9|USD", "four billion|4e9|USD"]),
    ("Sales reached €3.2 billion, up from 2.9 billion a year earlier.", &["€3.2 billion|3.2e9|EUR", "2.9 billion|2.9e9|EUR"]),
    ("The city borrowed £40 million and repaid 15 million.", &["£40 million|4e7|GBP", "15 million|1.5e7|GBP"]),
    ("The $5 billion plan will reach four billion people.", &["$5 billion|5e9|USD"]),
    ("A $3 billion project for 2 million residents.", &["$3 billion|3e9|USD"]),
    ("The $3 billion dam will serve 2 million by 2030.", &["$3 billion|3e9|USD"]),
    ("It raised $5 million. Some 4 million in the region were affected.", &["$5 million|5e6|USD"]),
    ("A $2 billion fund for 1.5 billion-strong markets.", &["$2 billion|2e9|USD"]),
    // ---- pounds: weight or money
    ("Add 5 pounds of sugar.", &[]),
    ("A 200-pound bomb was dropped.", &[]),
    ("He weighed 150 pounds at the time.", &[]),
    ("Police seized hundreds of pounds of cocaine.", &[]),
    ("The plane carries 2 million pounds of cargo.", &[]),
    ("He was fined 500 pounds.", &["500 pounds|500|GBP"]),
    ("It cost £5 a pound.", &["£5|5|GBP|per=pound"]),
    // ---- years, codes that are words, and other things that are not money
    ("Costs are given in 2019 dollars.", &[]),
    ("He spent 2000 dollars.", &["2000 dollars|2000|USD"]),
    ("The $ sign is common.", &[]),
    ("A lone $ here.", &[]),
    ("Ke$ha sang in 2010.", &[]),
    ("A$AP Rocky performed.", &[]),
    ("Call 555-1234 for details.", &[]),
    ("Profits rose 5% to 7 percent.", &[]),
    ("Sales rose 5 per cent.", &[]),
    ("It was No. 5 on the list.", &[]),
    ("See clause 52.217-8 of the FAR.", &[]),
    ("Run echo $HOME and ${PATH}.", &[]),
    ("Visit http://example.com/?price=$5 now.", &[]),
    ("The script sets x=$5 for the loop.", &[]),
    ("Upgrade to PHP 7.4 today.", &[]),
    ("It made the TOP 10 list.", &[]),
    ("The team won 3 games.", &[]),
    ("In 2005 won the award.", &[]),
    ("Real 5, Barcelona 2.", &[]),
    ("It sold 2 billion real estate assets.", &[]),
    ("Samsung earned 5 trillion won in profit.", &["5 trillion won|5e12|KRW"]),
    ("The party won 3 million votes.", &[]),
    ("The dollar rose against the yen.", &[]),
    ("The dollar was trading at 92.27 yen to the dollar.", &[]),
    ("The euro fetched $1.10 per euro, or 76.25 yen against the dollar.", &[]),
    ("A dollar bought 100 yen, and the fund held 5 million euros.", &["100 yen|100|JPY", "5 million euros|5e6|EUR"]),
    ("The price was $5abc.", &[]),
    ("Recent percent central century.", &[]),
    ("He used var$5 in code.", &[]),
    ("", &[]),
    ("$", &[]),
    ("$$$$$$", &[]),
    ("Section $5.2.3 applies.", &[]),
    ("The figure was $1,5.", &[]),
    ("Four billion people live there.", &[]),
    ("The 1990s were good.", &[]),
    // ---- contract announcements
    ("Lockheed Martin, Fort Worth, Texas, is being awarded a $19,244,980 firm-fixed-price modification.", &["$19,244,980|19244980|USD"]),
    ("Fiscal 2017 funds in the amount of $91,992,023 were obligated at the time of award.", &["$91,992,023|91992023|USD"]),
    ("The cumulative value will be $75,048,688.  Work will be performed in Texas.", &["$75,048,688|75048688|USD"]),
    ("Each awardee will receive a minimum guarantee of $500 applicable to the base ordering period.", &["$500|500|USD"]),
    ("NASA has awarded a $165 million contract extension to United Launch Alliance.", &["$165 million|1.65e8|USD"]),
    ("The total potential value is $476.5 million, with a base period from Oct. 1.", &["$476.5 million|4.765e8|USD"]),
    ("At time of award, $1,361,805 of which will expire at the end of the fiscal year.", &["$1,361,805|1361805|USD"]),
    ("The capacity of the entire ID/IQ is $7,500,000,000.", &["$7,500,000,000|7500000000|USD"]),
    // ---- headlines and odd casing
    ("Ford offers US$78 million for Romanian auto plant", &["US$78 million|7.8e7|USD"]),
    ("DAIMLER SELLS CHRYSLER FOR $7.4 BILLION", &["$7.4 BILLION|7.4e9|USD"]),
    ("Ford Offers 78 Million Dollars", &["78 Million Dollars|7.8e7|USD"]),
    // ---- several amounts in one sentence
    ("The 30GB edition costs US$299 and the 60GB edition US$399.", &["US$299|299|USD", "US$399|399|USD"]),
    ("Orders worth US$6 billion and US$7 billion were signed.", &["US$6 billion|6e9|USD", "US$7 billion|7e9|USD"]),
    ("Crude was down $2.86 to $77.11 in New York.", &["$2.86|2.86|USD", "$77.11|77.11|USD"]),
    ("Shares plummeted from about $42 to four cents.", &["$42|42|USD|q=approx", "four cents|0.04|USD"]),
    ("Indian households save 1,00,000 rupees a year.", &["1,00,000 rupees|100000|INR|per=year"]),
];

/// One mention in the row format.
fn format_mention(m: &MoneyMention) -> String {
    let mut parts = vec![
        m.text.clone(),
        if m.vague {
            "vague".to_string()
        } else {
            m.value.map_or("-".to_string(), |v| format!("{v}"))
        },
        m.currency.clone().unwrap_or_else(|| "-".to_string()),
    ];
    if let Some(q) = &m.qualifier {
        parts.push(format!("q={q}"));
    }
    if let Some(p) = &m.per {
        parts.push(format!("per={p}"));
    }
    if let Some(p) = &m.period {
        parts.push(format!("period={p}"));
    }
    if let Some(r) = m.range {
        let role = match r.role {
            RangeRole::Low => "low",
            RangeRole::High => "high",
        };
        parts.push(format!("range={}:{role}", r.id));
    }
    if m.vague {
        parts.push(format!("min={}", m.min.unwrap_or(f64::NAN)));
        parts.push(format!("max={}", m.max.unwrap_or(f64::NAN)));
    }
    parts.join("|")
}

/// A row's expectation with its numbers formatted like [`format_mention`] does.
fn canonical(expected: &str) -> String {
    expected
        .split('|')
        .enumerate()
        .map(|(i, part)| {
            let number = |s: &str| {
                s.parse::<f64>()
                    .map_or_else(|_| s.to_string(), |v| format!("{v}"))
            };
            if i == 1 {
                return number(part);
            }
            match part.split_once('=') {
                Some((k @ ("min" | "max"), v)) => format!("{k}={}", number(v)),
                _ => part.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("|")
}

fn extract(text: &str) -> Vec<MoneyMention> {
    let doc = Document::new(text, None);
    let mut m = Mentions::default();
    Money.extract(&doc, &mut m);
    m.normalize(&doc);
    m.money
}

#[test]
fn every_row_of_the_table() {
    assert!(CASES.len() >= 150, "the table has {} rows", CASES.len());
    let mut failures = Vec::new();
    for (sentence, expected) in CASES {
        let got: Vec<String> = extract(sentence).iter().map(format_mention).collect();
        let want: Vec<String> = expected.iter().map(|e| canonical(e)).collect();
        if got != want {
            failures.push(format!("{sentence:?}\n   want {want:?}\n    got {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows fail:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn overflowing_numbers_have_no_value() {
    let found = extract(&format!("${}", "9".repeat(400)));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].value, None);
}

#[test]
fn multibyte_text_before_an_amount() {
    // A qualifier look-back once cut a multi-byte character in half and panicked.
    let found =
        extract("Prices in € and ££££££££££££ about $5 million. Прибыль составила около $5");
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].qualifier.as_deref(), Some("approx"));
    assert_eq!(found[1].qualifier, None);
}

#[test]
fn offsets_are_code_points_and_text_matches() {
    let text = "Le coût — «€3,5 million» — soit £2.5m ou ¥1 trillion.";
    let doc_chars: Vec<char> = text.chars().collect();
    for m in extract(text) {
        let slice: String = doc_chars[m.start..m.end].iter().collect();
        assert_eq!(slice, m.text);
        assert_eq!(&text[m.byte_start..m.byte_end], m.text);
    }
}

#[test]
fn never_panics_and_stays_linear_on_adversarial_input() {
    let inputs = [
        "$".repeat(100_000),
        "$5".repeat(50_000),
        "$5 ".repeat(30_000),
        "1,".repeat(50_000),
        "€".repeat(30_000),
        "dollars ".repeat(20_000),
        "tens of ".repeat(20_000) + "dollars",
        "5 to ".repeat(20_000) + "7 million dollars",
        format!("${}", "9".repeat(100_000)),
        "pounds of ".repeat(10_000),
        "a ".repeat(50_000) + "million dollars",
        "US$ ".repeat(20_000),
        "\u{a0}$\u{a0}5\u{a0}".repeat(20_000),
        "ö$5ö".repeat(20_000),
    ];
    for input in &inputs {
        let found = extract(input);
        for m in &found {
            assert!(m.start <= m.end);
            assert!(m.value.is_none_or(f64::is_finite));
        }
    }
    // Many amounts in a row are all found.
    let many = "$5 and ".repeat(10_000);
    assert_eq!(extract(&many).len(), 10_000);
}

#[test]
fn serialized_fields_are_stable() {
    let m = &extract("It costs $5-7 million a year.")[0];
    let json = serde_json::to_string(m).expect("serializes");
    assert_eq!(
        json,
        r#"{"start":9,"end":11,"text":"$5","value":5000000.0,"currency":"USD","qualifier":null,"vague":false,"min":null,"max":null,"per":"year","period":null,"range":{"id":0,"role":"low"}}"#
    );
}
