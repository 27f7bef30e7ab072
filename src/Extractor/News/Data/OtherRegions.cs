namespace Extractor.News;

/// <summary>
/// Regions below country level that datelines name after a city outside the United States
/// (<c>TORONTO, Ontario</c>, <c>SYDNEY, New South Wales</c>, <c>GAZA CITY, Gaza Strip</c>).
/// </summary>
internal static class OtherRegions
{
    public static readonly string[] Names =
    [
        "Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland", "Newfoundland and Labrador",
        "Nova Scotia", "Ontario", "Prince Edward Island", "Quebec", "Québec", "Saskatchewan", "Yukon", "Nunavut",
        "Northwest Territories", "New South Wales", "Queensland", "South Australia", "Tasmania", "Victoria",
        "Western Australia", "Northern Territory", "England", "Scotland", "Wales", "Northern Ireland", "Gaza Strip",
        "West Bank", "Kashmir", "Crimea", "Catalonia", "Bavaria", "Sicily", "Sardinia", "Corsica", "Tibet",
        "Xinjiang", "Hong Kong", "Macau", "Kurdistan", "Puerto Rico", "Greenland", "Hokkaido", "Okinawa", "Bali",
        "Java", "Sumatra", "Borneo", "Mindanao", "Luzon", "Punjab", "Sindh", "Kerala", "Gujarat", "Maharashtra",
        "Tamil Nadu", "Karnataka", "Bihar", "Uttar Pradesh", "West Bengal", "Rajasthan", "Assam", "Manipur",
        "Balochistan", "Darfur", "Tigray", "Donetsk", "Luhansk", "Zaporizhzhia", "Kherson", "Kharkiv",
        "Baja California", "Chihuahua", "Jalisco", "Sinaloa", "Sonora", "Tamaulipas", "Chiapas", "Oaxaca",
        "Guerrero", "Michoacan", "Michoacán", "Yucatan", "Yucatán", "Nuevo Leon", "Nuevo León",
    ];
}
