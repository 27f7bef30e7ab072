namespace Extractor.News;

/// <summary>
/// Capitalised words that mark a name as an organisation, place, event or document rather than a person
/// ("White House", "Supreme Court", "Justice Department"). Used to decide whether a speaker is a named person a
/// later "he" or "she" may refer to. Compared ignoring case.
/// </summary>
internal static class NonPersonNames
{
    public static readonly string[] Words =
    [
        "House", "Court", "Department", "Ministry", "Party", "Council", "Committee", "Agency", "Office", "Bureau",
        "Police", "Army", "Force", "Forces", "Navy", "Marines", "Bank", "University", "College", "School", "Hospital",
        "Center", "Centre", "Institute", "Foundation", "Association", "Union", "Company", "Corp", "Corp.", "Inc",
        "Inc.", "Ltd", "LLC", "Group", "News", "Times", "Post", "Journal", "Herald", "Tribune", "Street", "Avenue",
        "Road", "Senate", "Congress", "Parliament", "Government", "Administration", "Church", "Airport", "Station",
        "Park", "River", "Sea", "Ocean", "Island", "Islands", "Mountain", "Mountains", "County", "City", "State",
        "States", "Republic", "Kingdom", "Nations", "Assembly", "Commission", "Board", "Authority", "Service",
        "Services", "Guard", "Media", "Network", "Club", "League", "Cup", "Games", "Olympics", "Act", "Bill", "Law",
        "Plan", "Program", "Programme", "Fund", "Trust", "Team", "Club", "Corporation", "Industries", "Holdings",
        "Partners", "Capital", "Systems", "Technologies", "Labs", "Motors", "Airlines", "Airways", "Energy",
        "Council", "Cabinet", "Pentagon", "Kremlin", "Embassy", "Consulate", "Secretariat", "Organization",
        "Organisation", "Federation", "Coalition", "Alliance", "Movement", "Front", "Brigade", "Regiment", "Division",
        "Command", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
        "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Christmas", "Easter", "Ramadan", "Day", "Week", "Year", "Peninsula", "Valley", "Bay", "Gulf", "Coast",
        "Strait", "Canal", "Square", "Hall", "Tower", "Building", "Stadium", "Arena", "Museum", "Library", "Prize",
        "Award", "Awards", "Festival", "Summit", "Conference", "Forum", "Treaty", "Accord", "Agreement", "Reuters",
        "Bloomberg", "Associated", "Press", "Google", "Apple", "Microsoft", "Amazon", "Meta", "Facebook", "Twitter",
        "Tesla", "Netflix", "Instagram", "YouTube", "TikTok", "North", "South", "East", "West", "Northern",
        "Southern", "Eastern", "Western", "Central", "United", "National", "International", "Federal", "Royal",
        "Democratic", "Republican", "Democrats", "Republicans", "Peninsula",
    ];
}
