using Extractor.Metadata;

namespace Extractor.Tests.Metadata;

public sealed class SiteNameCleanerTests
{
    [Theory]
    [InlineData("Housecall Pro - The #1 all-in-one solution for your home services business.", "www.housecallpro.com", "Housecall Pro")]
    [InlineData("Thoughts about Product Adoption, User Onboarding and Good UX | Userpilot Blog", "userpilot.com", "Userpilot Blog")]
    [InlineData("Columbia Star - Columbia's locally owned weekly newspaper since 1963", "www.thecolumbiastar.com", "Columbia Star")]
    [InlineData("Find a Provider Near You - Book Online - Sofia Health", "www.sofiahealth.com", "Sofia Health")]
    public void Tagline_beside_the_segment_naming_the_host_is_cut(string siteName, string host, string expected) =>
        Assert.Equal(expected, SiteNameCleaner.Clean(siteName, host));

    [Theory]
    [InlineData("iSchool | Syracuse University", "ischool.syracuse.edu")]
    [InlineData("National Cyber Security Centre - NCSC.GOV.UK", "www.ncsc.gov.uk")]
    [InlineData("World News Desk - Breaking news, analysis and opinion", "www.example.com")]
    [InlineData("The Daily Planet", "www.dailyplanet.example")]
    [InlineData("Planet News | Planet Sports", "planet.example")]
    public void Name_without_a_tagline_beside_a_host_segment_is_left_as_it_is(string siteName, string host) =>
        Assert.Equal(siteName, SiteNameCleaner.Clean(siteName, host));

    [Fact]
    public void Site_name_of_the_metadata_is_read_without_its_tagline()
    {
        PageMetadata metadata = Html.Read(
            """<meta property="og:site_name" content="Coast Times - Local news for the whole coast since 1901"><title>Storm closes harbour | Coast Times</title>""",
            address: new Uri("https://www.coasttimes.example/2024/storm"));

        Assert.Equal("Coast Times", metadata.SiteName);
        Assert.Equal("Storm closes harbour", metadata.Headline);
    }
}
