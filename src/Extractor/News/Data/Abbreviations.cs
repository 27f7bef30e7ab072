namespace Extractor.News;

/// <summary>
/// Words written with a period that does not end a sentence (<c>Sen.</c>, <c>Dr.</c>, <c>U.S.</c>, <c>Jan.</c>).
/// Single capital letters (initials) and dotted letter groups are recognised by shape. Compared case-sensitively
/// without the period.
/// </summary>
internal static class Abbreviations
{
    public static readonly string[] Words =
    [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Lt", "Gen", "Col",
        "Maj", "Capt", "Cpl", "Sgt", "Pvt", "Adm", "Cmdr", "Lt. Gov", "Atty", "Supt", "Insp", "Det", "Ofc", "Pres",
        "Sec", "Amb", "Rev", "Msgr", "Fr", "Sr", "Jr", "St", "Ste", "Mt", "Ft", "Pt", "No", "Nos", "Vol", "vs", "v",
        "etc", "Inc", "Corp", "Co", "Ltd", "Bros", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd", "approx", "est",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La",
        "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Oreg", "Pa",
        "Penn", "Tenn", "Vt", "Va", "Wash", "Wis", "Wisc", "Wyo", "Tex",
        "a.m", "p.m", "e.g", "i.e", "U.S", "U.K", "U.N", "D.C", "E.U",
    ];
}
