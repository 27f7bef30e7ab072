namespace Extractor.News;

/// <summary>
/// United States regions as datelines write them: AP style abbreviations (<c>N.M.</c>, <c>Ill.</c>), postal
/// codes, and full names (AP spells out Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas and Utah).
/// </summary>
internal static class UsStates
{
    public static readonly string[] ApAbbreviations =
    [
        "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Kans.",
        "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nebr.", "Nev.", "N.H.",
        "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Oreg.", "Pa.", "Penn.", "R.I.", "S.C.", "S.D.",
        "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.", "W. Va.", "Wis.", "Wisc.", "Wyo.", "D.C.", "P.R.", "V.I.",
        "Tex.", "Ida.", "Alas.", "Cal.", "Penna.",
    ];

    public static readonly string[] PostalCodes =
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
        "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
        "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR",
    ];

    public static readonly string[] FullNames =
    [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
        "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
        "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
        "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
        "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "District of Columbia",
        "Puerto Rico", "Guam", "U.S. Virgin Islands", "American Samoa",
    ];
}
