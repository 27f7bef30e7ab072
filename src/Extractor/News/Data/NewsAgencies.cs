namespace Extractor.News;

/// <summary>
/// News agencies and networks that sign datelines in parentheses, e.g. <c>WASHINGTON (AP) —</c>,
/// <c>(CNN)</c>, <c>PARIS, Aug 31 (Reuters) -</c>. Matched case-sensitively, as the wires write them.
/// </summary>
internal static class NewsAgencies
{
    public static readonly string[] Names =
    [
        "AP", "The AP", "Associated Press", "The Associated Press",
        "Reuters", "Reuters Health", "Thomson Reuters", "REUTERS",
        "AFP", "Agence France-Presse", "AFP-JIJI", "AFP Relaxnews",
        "UPI", "United Press International",
        "CNN", "CNN Business", "CNN Money", "CNN Sport", "CNN Travel", "CNN Style", "CNN Español", "CNN Brasil",
        "CNN Philippines", "CNN Indonesia", "CNN Portugal",
        "Bloomberg", "Bloomberg News", "Bloomberg Law",
        "dpa", "DPA", "KNA", "epd", "APA", "SDA", "ATS",
        "Xinhua", "XINHUA", "Chinhua", "China Daily", "CGTN", "Global Times",
        "PTI", "IANS", "ANI", "UNI", "IANSlife",
        "EFE", "ANSA", "Europa Press", "Lusa", "LUSA",
        "Kyodo", "Kyodo News", "Jiji", "Jiji Press", "Yonhap", "Yonhap News",
        "TASS", "ITAR-TASS", "RIA Novosti", "Interfax", "Ukrinform", "UNIAN",
        "Anadolu", "Anadolu Agency", "AA", "Bernama", "Antara", "PNA", "VNA", "APP", "BSS", "RSS", "MENA", "WAM",
        "SPA", "KUNA", "QNA", "IRNA", "ISNA", "Mehr", "Tasnim", "Petra", "SANA", "NNA", "APS", "MAP", "TAP",
        "CNA", "Central News Agency", "AAP", "NZPA", "RNZ", "CP", "The Canadian Press", "Canadian Press",
        "PA", "PA Media", "Press Association", "BBC", "Sky News", "Al Jazeera",
        "ABC", "ABC News", "CBS", "CBS News", "NBC", "NBC News", "CNBC", "MSNBC", "Fox News", "NPR", "PBS",
        "BNO", "BNO News", "WENN", "TheWrap", "Variety", "Deadline", "AllAfrica", "NAN", "KBC", "Xinhua/IANS",
        "CNS", "Catholic News Service", "RNS", "Religion News Service", "JTA", "TNS", "Tribune News Service",
        "KHN", "Kaiser Health News", "KFF Health News", "The Conversation", "Stateline", "CalMatters",
        "Chalkbeat", "Capital B", "ProPublica", "The Texas Tribune", "Reuters/AP", "AP/Reuters", "AFP/Reuters",
        "MarketWatch", "Dow Jones", "Business Wire", "PRNewswire", "PR Newswire", "GLOBE NEWSWIRE", "Newswire",
        "HealthDay", "HealthDay News", "SWNS", "Bloomberg Opinion", "WION", "NDTV", "SNS", "Ecns", "TOLOnews",
    ];
}
