namespace Extractor.News;

/// <summary>
/// Cities that open datelines on their own. Needed only where the grammar alone cannot tell a place from a
/// name: the colon form (<c>NEW DELHI:</c> is a dateline, <c>JAKE TAPPER:</c> is not) and a single title-case
/// word before a dash (<c>Washington –</c>, not <c>Biden –</c>). Compared ignoring case.
/// </summary>
internal static class WellKnownPlaces
{
    public static readonly string[] Cities =
    [
        // Americas
        "Washington", "New York", "Los Angeles", "Chicago", "Houston", "Phoenix", "Philadelphia", "San Antonio",
        "San Diego", "Dallas", "San Jose", "Austin", "Jacksonville", "San Francisco", "Columbus", "Fort Worth",
        "Indianapolis", "Charlotte", "Seattle", "Denver", "Boston", "El Paso", "Nashville", "Detroit", "Oklahoma City",
        "Portland", "Las Vegas", "Memphis", "Louisville", "Baltimore", "Milwaukee", "Albuquerque", "Tucson", "Fresno",
        "Sacramento", "Atlanta", "Miami", "Oakland", "Minneapolis", "Tulsa", "Cleveland", "Wichita", "New Orleans",
        "Honolulu", "Anchorage", "Pittsburgh", "Cincinnati", "St. Louis", "Kansas City", "Omaha", "Raleigh", "Tampa",
        "Orlando", "Salt Lake City", "Richmond", "Boise", "Des Moines", "Santa Fe", "Hartford", "Providence",
        "Trenton", "Albany", "Harrisburg", "Annapolis", "Dover", "Columbia", "Montgomery", "Jackson", "Little Rock",
        "Baton Rouge", "Tallahassee", "Springfield", "Lansing", "Madison", "St. Paul", "Bismarck", "Pierre",
        "Lincoln", "Topeka", "Cheyenne", "Helena", "Olympia", "Salem", "Carson City", "Juneau", "Montpelier",
        "Concord", "Augusta", "Frankfort", "Charleston", "Buffalo", "Newark", "Toronto", "Montreal", "Vancouver",
        "Ottawa", "Calgary", "Edmonton", "Winnipeg", "Mexico City", "Guadalajara", "Monterrey", "Tijuana", "Havana",
        "Bogota", "Bogotá", "Caracas", "Lima", "Quito", "Santiago", "Buenos Aires", "Montevideo", "Asuncion",
        "La Paz", "Brasilia", "Brasília", "Rio de Janeiro", "Sao Paulo", "São Paulo", "Panama City", "San Juan",
        "Port-au-Prince", "Santo Domingo", "Kingston", "Managua", "Tegucigalpa", "San Salvador", "Guatemala City",
        // Europe
        "London", "Paris", "Berlin", "Madrid", "Rome", "Brussels", "Amsterdam", "The Hague", "Vienna", "Geneva",
        "Zurich", "Bern", "Lisbon", "Dublin", "Belfast", "Edinburgh", "Glasgow", "Manchester", "Birmingham",
        "Liverpool", "Cardiff", "Oslo", "Stockholm", "Copenhagen", "Helsinki", "Reykjavik", "Warsaw", "Prague",
        "Budapest", "Bucharest", "Sofia", "Athens", "Belgrade", "Zagreb", "Sarajevo", "Ljubljana", "Bratislava",
        "Kyiv", "Kiev", "Kharkiv", "Odesa", "Odessa", "Lviv", "Moscow", "St. Petersburg", "Minsk", "Vilnius", "Riga",
        "Tallinn", "Chisinau", "Tbilisi", "Yerevan", "Baku", "Istanbul", "Ankara", "Munich", "Frankfurt", "Hamburg",
        "Cologne", "Milan", "Naples", "Turin", "Florence", "Venice", "Barcelona", "Valencia", "Seville", "Marseille",
        "Lyon", "Nice", "Strasbourg", "Luxembourg", "Monaco", "Vatican City", "Davos", "Nicosia", "Valletta",
        "Skopje", "Tirana", "Podgorica", "Pristina",
        // Middle East and Africa
        "Jerusalem", "Tel Aviv", "Gaza City", "Gaza", "Ramallah", "Beirut", "Damascus", "Amman", "Baghdad",
        "Tehran", "Riyadh", "Jeddah", "Doha", "Dubai", "Abu Dhabi", "Kuwait City", "Manama", "Muscat", "Sanaa",
        "Aden", "Cairo", "Alexandria", "Tripoli", "Tunis", "Algiers", "Rabat", "Casablanca", "Khartoum", "Addis Ababa",
        "Nairobi", "Mogadishu", "Kampala", "Kigali", "Dar es Salaam", "Dodoma", "Lusaka", "Harare", "Maputo",
        "Johannesburg", "Pretoria", "Cape Town", "Durban", "Windhoek", "Gaborone", "Luanda", "Kinshasa", "Brazzaville",
        "Lagos", "Abuja", "Accra", "Dakar", "Bamako", "Niamey", "Ouagadougou", "Abidjan", "Monrovia", "Freetown",
        "Conakry", "Yaounde", "Douala", "N'Djamena", "Juba", "Asmara", "Djibouti", "Antananarivo", "Kabul", "Kandahar",
        // Asia and Pacific
        "Islamabad", "Karachi", "Lahore", "Peshawar", "Quetta", "Rawalpindi", "New Delhi", "Delhi", "Mumbai",
        "Kolkata", "Chennai", "Bengaluru", "Bangalore", "Hyderabad", "Ahmedabad", "Pune", "Jaipur", "Lucknow",
        "Patna", "Bhopal", "Chandigarh", "Srinagar", "Jammu", "Guwahati", "Thiruvananthapuram", "Kochi",
        "Bhubaneswar", "Ranchi", "Raipur", "Dehradun", "Shimla", "Panaji", "Imphal", "Agartala", "Shillong",
        "Dhaka", "Chittagong", "Kathmandu", "Colombo", "Male", "Thimphu", "Beijing", "Shanghai", "Guangzhou",
        "Shenzhen", "Wuhan", "Chengdu", "Chongqing", "Tianjin", "Nanjing", "Hangzhou", "Xi'an", "Hong Kong", "Macau",
        "Taipei", "Tokyo", "Osaka", "Kyoto", "Yokohama", "Nagoya", "Fukushima", "Hiroshima", "Seoul", "Busan",
        "Incheon", "Pyongyang", "Ulaanbaatar", "Bangkok", "Hanoi", "Ho Chi Minh City", "Phnom Penh", "Vientiane",
        "Yangon", "Naypyitaw", "Naypyidaw", "Kuala Lumpur", "Singapore", "Jakarta", "Manila", "Dili", "Sydney",
        "Melbourne", "Brisbane", "Perth", "Adelaide", "Canberra", "Auckland", "Wellington", "Christchurch", "Suva",
        "Port Moresby", "Tashkent", "Almaty", "Astana", "Bishkek", "Dushanbe", "Ashgabat",
    ];
}
