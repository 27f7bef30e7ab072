namespace Extractor.News;

/// <summary>Countries and territories as datelines name them after a city (<c>SEOUL, South Korea</c>).</summary>
internal static class Countries
{
    public static readonly string[] Names =
    [
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina", "Armenia",
        "Australia", "Austria", "Azerbaijan", "Bahamas", "the Bahamas", "Bahrain", "Bangladesh", "Barbados",
        "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia", "Bosnia and Herzegovina",
        "Bosnia-Herzegovina", "Botswana", "Brazil", "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cambodia",
        "Cameroon", "Canada", "Cape Verde", "Central African Republic", "Chad", "Chile", "China", "Colombia",
        "Comoros", "Congo", "Republic of Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo",
        "Costa Rica", "Ivory Coast", "Côte d'Ivoire", "Croatia", "Cuba", "Cyprus", "Czech Republic", "Czechia",
        "Denmark", "Djibouti", "Dominica", "Dominican Republic", "East Timor", "Timor-Leste", "Ecuador", "Egypt",
        "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Swaziland", "Ethiopia", "Fiji",
        "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala",
        "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran",
        "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati",
        "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya",
        "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta",
        "Marshall Islands", "Mauritania", "Mauritius", "Mexico", "Micronesia", "Moldova", "Monaco", "Mongolia",
        "Montenegro", "Morocco", "Mozambique", "Myanmar", "Burma", "Namibia", "Nauru", "Nepal", "Netherlands",
        "the Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea", "North Macedonia",
        "Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Panama", "Papua New Guinea", "Paraguay", "Peru",
        "Philippines", "the Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda",
        "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Samoa", "San Marino",
        "Sao Tome and Principe", "Saudi Arabia", "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore",
        "Slovakia", "Slovenia", "Solomon Islands", "Somalia", "South Africa", "South Korea", "South Sudan", "Spain",
        "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania",
        "Thailand", "Togo", "Tonga", "Trinidad and Tobago", "Trinidad", "Tunisia", "Turkey", "Türkiye",
        "Turkmenistan", "Tuvalu", "Uganda", "Ukraine", "United Arab Emirates", "UAE", "U.A.E.", "United Kingdom",
        "UK", "U.K.", "Britain", "Great Britain", "United States", "US", "U.S.", "USA", "Uruguay", "Uzbekistan",
        "Vanuatu", "Vatican City", "Vatican", "Venezuela", "Vietnam", "Viet Nam", "Yemen", "Zambia", "Zimbabwe",
        "Palestinian Territories", "Gaza", "Palestine", "Greenland", "Faroe Islands", "Bermuda", "Cayman Islands",
        "Aruba", "Curacao", "Curaçao", "Guadeloupe", "Martinique", "French Guiana", "Reunion", "New Caledonia",
        "Tahiti", "French Polynesia", "Gibraltar", "Western Sahara", "Somaliland", "Abkhazia", "Transnistria",
    ];
}
