using Extractor.Cleaning;

namespace Extractor.Tests.Cleaning;

public sealed class BoilerplateTextTests
{
    [Theory]
    [InlineData("Copyright © 2021 World News Desk. All rights reserved.")]
    [InlineData("© 2024 Example Media")]
    [InlineData("By Jane Doe and John Smith")]
    [InlineData("By Jane Doe | March 3, 2021")]
    [InlineData("Published on March 3, 2021")]
    [InlineData("Tags: politics, world")]
    [InlineData("Advertisement")]
    [InlineData("5 min read")]
    [InlineData("March 14, 2021")]
    [InlineData("Share this article")]
    [InlineData("Nov. 3, 2022, 6:20 p.m. CT · Updated 9:05 p.m.")]
    [InlineData("Bridgestone Team | 5 min read")]
    [InlineData("Table of Contents")]
    [InlineData("Table of Content")]
    [InlineData("Table of Contents Show")]
    [InlineData("Table of Contents[Hide][Show]")]
    [InlineData("QUICK LINKS")]
    [InlineData("In this article:")]
    [InlineData("Written byMadeline Puckette")]
    [InlineData("Reviewed by: Anna Lee, MD")]
    [InlineData("Contributions From: Ryan White")]
    [InlineData("Comments are closed for this post, but if you have spotted an error, get in touch.")]
    [InlineData("This post is over 3 years old. I've probably changed my mind since it was written.")]
    [InlineData("Loading paragraph...")]
    [InlineData("Loading image…")]
    [InlineData("Loading")]
    [InlineData("$undefined")]
    [InlineData("[object Object]")]
    [InlineData("{{ post.title }}")]
    [InlineData("{}")]
    [InlineData("This slideshow requires JavaScript.")]
    [InlineData("Please enable JavaScript to view the comments.")]
    [InlineData("JavaScript is disabled in your browser.")]
    [InlineData("*** Follow me on Instagram, YouTube, X (Twitter) or Facebook for a daily moment of travel inspiration ***")]
    [InlineData("Follow on social media: TikTok || Instagram || Facebook || Newsletter | YouTube")]
    [InlineData("Getty Images / Holger Leue")]
    [InlineData("DGLimages via Getty Images")]
    [InlineData("Shutterstock")]
    [InlineData("Loading prices for your region…")]
    [InlineData("Sponsored Ad")]
    [InlineData("Related reads:")]
    [InlineData("100% free. No spam.")]
    [InlineData("No credit card required.")]
    [InlineData("3 MIN. READ")]
    [InlineData("Read time: 14 min")]
    [InlineData("copied!")]
    [InlineData("Link copied to clipboard")]
    [InlineData("No items found.")]
    [InlineData("Best Prices Today:")]
    [InlineData("Today's best price")]
    [InlineData("Now 10% Off")]
    [InlineData("Start your free trial of Splashtop Secure Workspace")]
    [InlineData("Get Started Free with Tiger CLI")]
    public void Boilerplate_lines_are_recognised(string line) => Assert.True(BoilerplateText.IsBoilerplate(line));

    [Theory]
    [InlineData("By contrast, the second survey found that most respondents disagreed.")]
    [InlineData("By 2030 the city expects to double its fleet.")]
    [InlineData("The copyright office rejected the claim in March.")]
    [InlineData("Written Communication")]
    [InlineData("Written by Shakespeare for the court, the play was first staged at the Globe theatre.")]
    [InlineData("Related studies found similar effects in older adults, the authors wrote.")]
    [InlineData("Loading indicators during data fetch")]
    [InlineData("Loading the truck took most of the morning.")]
    public void Sentences_that_start_like_boilerplate_are_kept(string line) => Assert.False(BoilerplateText.IsBoilerplate(line));

    [Theory]
    [InlineData("Jane Doe is a freelance travel writer based in Lisbon whose work has appeared in several magazines.")]
    [InlineData("Contributing Writer Sam Lee is a full-time reporter covering health and science.")]
    [InlineData("Maria Perez is the health and fitness director at the magazine.")]
    [InlineData("Karen Cole is the owner of a local cleaning company serving the greater Denver area.")]
    [InlineData("(Paul Ferro is an Associate Attorney at a firm admitted in Connecticut.)")]
    [InlineData("Chris Reyes is the public sector CTO and vice president for customer success at a software company.")]
    [InlineData("Sam Lee is adjunct faculty at a state university and a physician who writes about infectious disease.")]
    [InlineData("Elliot Rowe is a dynamic and results-driven enterprise sales executive with a decade in software.")]
    public void Author_bios_are_recognised(string text) => Assert.True(BoilerplateText.IsAuthorBio(text));

    [Theory]
    [InlineData("The mayor is a former journalist, she told reporters on Tuesday.")]
    [InlineData("Smith said the director is a difficult person to work with.")]
    [InlineData("Paris is the capital of France and a popular destination.")]
    [InlineData("Acme is dedicated to empowering clients with expert plumbing engineering services.")]
    [InlineData("The company is the owner of three hotels on the coast.")]
    [InlineData("Example Engineering is dedicated to empowering clients with expert plumbing engineering services.")]
    public void Sentences_about_people_are_not_bios(string text) => Assert.False(BoilerplateText.IsAuthorBio(text));

    [Theory]
    [InlineData("Image used under license from Shutterstock")]
    [InlineData("Featured image from the brand's press kit")]
    [InlineData("Photo via Pexels")]
    [InlineData("Help us make this site better. Was this article helpful?")]
    [InlineData("Estimated reading time: 11 minutes")]
    [InlineData("Summarize this article with:")]
    [InlineData("This article is also available in following languages:")]
    [InlineData("Follow the magazine on Facebook, X, Instagram and TikTok")]
    [InlineData("Back to top")]
    [InlineData("Rate this article")]
    [InlineData("Tags")]
    [InlineData("Author Recent Posts Latest posts by Jane Doe see all")]
    [InlineData("Written by Jane Doe")]
    [InlineData("reviewed by Jo-ann Smith")]
    [InlineData("by: Jane Doe, Dec 17, 2025")]
    [InlineData("Comments are closed for this post, but feel free to contact us with corrections.")]
    [InlineData("Thank you! Your submission has been received!")]
    [InlineData("Oops! Something went wrong while submitting the form.")]
    [InlineData("[post-views]")]
    [InlineData("3 days ago")]
    [InlineData("Check price")]
    [InlineData("Get the latest articles and workbooks delivered straight to your inbox.")]
    [InlineData("Want more from Select? Sign up for our newsletter, The Selection, and shop smarter.")]
    [InlineData("The Report covers one topic: education. Sign up for our newsletters to have stories delivered to you.")]
    [InlineData("Be sure to sign up below so we can stay in touch!")]
    [InlineData("Like What You're Reading? Subscribe To The Monthly Newsletter!")]
    [InlineData("Love movies? Our Watch Party newsletter has all the best picks, delivered right to your inbox.")]
    [InlineData("Join Our Genius Newsletter")]
    [InlineData("Labels: AI, Statistics")]
    [InlineData("AIDeveloper Newsletter")]
    public void Credits_prompts_and_widget_lines_are_recognised(string line) => Assert.True(BoilerplateText.IsBoilerplate(line));

    [Theory]
    [InlineData("Photos from the trip show the ridge in late autumn light, long after the crowds had gone home.")]
    [InlineData("Follow the river on foot for two miles until the path forks.")]
    [InlineData("Reading time matters less than you think when the story is good.")]
    [InlineData("Undefined behaviour is what the C standard leaves open.")]
    [InlineData("JavaScript is a language that runs in every browser.")]
    [InlineData("Getty Images sold its archive to a rival in a deal worth millions.")]
    [InlineData("No spam filter is perfect, and the ones we tested missed about a tenth of the junk mail.")]
    [InlineData("No items found in the attic were older than the house itself, the surveyor said.")]
    [InlineData("Start your free trial early in the month, and the first bill comes only after thirty days have passed.")]
    [InlineData("Contents show the wear of a long journey.")]
    [InlineData("Note: we plan a separate post on this; those interested should subscribe to our newsletter.")]
    [InlineData("For a newsletter with 1,193 subscribers and annual sales over $20k, these are strong numbers.")]
    [InlineData("I also picked 28 newsletters, a small subset of the newsletters I subscribe to, as the test set.")]
    [InlineData("Join the two boards with glue and clamp them overnight before you sand the edges.")]
    public void Sentences_that_share_words_with_widget_lines_are_kept(string line) => Assert.False(BoilerplateText.IsBoilerplate(line));

    [Fact]
    public void A_section_heading_that_starts_with_by_is_not_a_byline()
    {
        Assert.True(BoilerplateText.IsBoilerplate("By Functionality"));
        Assert.False(BoilerplateText.IsBoilerplate("By Functionality", heading: true));
        Assert.True(BoilerplateText.IsBoilerplate("Copyright 2024 Example Media", heading: true));
    }

    [Fact]
    public void Content_is_a_contents_label_only_as_a_section_heading()
    {
        Assert.True(BoilerplateText.IsBoilerplate("Content", heading: true));
        Assert.True(BoilerplateText.IsBoilerplate("CONTENT:", heading: true));
        Assert.False(BoilerplateText.IsBoilerplate("Content"));
        Assert.False(BoilerplateText.IsBoilerplate("Content marketing", heading: true));
    }

    [Theory]
    [InlineData("Karen Holt is the owner of a local cleaning company serving the greater Denver area.")]
    [InlineData("Manoj Rao is adjunct faculty at a state university and a physician based in Memphis.")]
    [InlineData("Chris Dalton is the public sector CTO and vice president for customer success at a software firm.")]
    public void Author_bios_with_other_roles_are_recognised(string text) => Assert.True(BoilerplateText.IsAuthorBio(text));

    [Theory]
    [InlineData("By signing up, you agree to receive recurring automated marketing messages at the number provided. Msg and data rates may apply.")]
    [InlineData("By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms of Use and Privacy Policy.")]
    [InlineData("Be the first to know. By submitting your email you agree to our terms.")]
    [InlineData("By providing your phone number, you consent to receive texts from us.")]
    [InlineData("Heading Line. Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.")]
    [InlineData("Lorem Ipsum")]
    [InlineData("Lorem ipsum 2")]
    public void Sign_up_fine_print_and_template_filler_are_recognised(string text) => Assert.True(BoilerplateText.IsBoilerplate(text));

    [Theory]
    [InlineData("By signing up early, students get the best choice of classes.")]
    [InlineData("By clicking through the archive, you find letters nobody has read in a century.")]
    [InlineData("The typesetters' filler text, known as lorem ipsum, goes back to a passage by Cicero.")]
    [InlineData("Lorem ipsum is the filler text.")]
    public void Sentences_about_signing_up_or_filler_text_are_kept(string text) => Assert.False(BoilerplateText.IsBoilerplate(text));

    [Theory]
    [InlineData("Was this newsletter forwarded to you? Sign up to get it in your inbox.")]
    [InlineData("Got this email from a friend? Subscribe here.")]
    [InlineData("Join or sign in")]
    [InlineData("Sign in or create an account")]
    [InlineData("Sign in to save your progress and earn a certificate")]
    [InlineData("Log in to continue")]
    [InlineData("Sorry, we couldn't find a match for this location. Please try again.")]
    public void Newsletter_account_and_form_lines_are_recognised(string line) => Assert.True(BoilerplateText.IsBoilerplate(line));

    [Theory]
    [InlineData("Was this email forwarded to the board before the vote? Nobody would say.")]
    [InlineData("Sign in sheets at the clinic showed that most visitors came before noon on weekdays.")]
    [InlineData("Sorry, we couldn't find him, the ranger told the family at dusk.")]
    public void Sentences_that_share_words_with_account_lines_are_kept(string line) => Assert.False(BoilerplateText.IsBoilerplate(line));

    [Theory]
    [InlineData("٢٠٢٤-٠١-٠٢")]
    [InlineData("March ٣, ٢٠٢١")]
    public void Dates_written_in_other_decimal_digits_are_still_date_lines(string line) =>
        Assert.True(BoilerplateText.IsBoilerplate(line));

    [Theory]
    [InlineData("By staff writers on assignment")]
    [InlineData("by staff writers on assignment")]
    [InlineData("Aktualisiert heute")]
    public void Meta_lines_without_a_digit_are_recognised_by_their_first_word(string line) =>
        Assert.True(BoilerplateText.IsBoilerplate(line));

    [Theory]
    [InlineData("We may earn a FEE when you buy through the links on this page, at no cost to you.")]
    [InlineData("I receive a small affiliate Commission on purchases made through these links.")]
    [InlineData("THIS ARTICLE IS MORE THAN TWO YEARS OLD.")]
    public void Disclosures_in_any_case_are_boilerplate(string text) => Assert.True(BoilerplateText.IsBoilerplate(text));

    [Theory]
    [InlineData("We paid a fee to enter the museum, and the guide said it had been open for over ten years.")]
    [InlineData("Last year the article in the journal said the page is over ten years old, and nobody checked it.")]
    public void Fees_and_years_in_ordinary_sentences_are_not_disclosures(string text) => Assert.False(BoilerplateText.IsBoilerplate(text));

    [Theory]
    [InlineData("by jane doe on the road for the weekly desk")]
    [InlineData("Aktualisiert am Montag")]
    [InlineData("by the editors | staff")]
    public void Meta_lines_without_a_digit_are_boilerplate(string text) => Assert.True(BoilerplateText.IsBoilerplate(text));

    [Theory]
    [InlineData("Bears wander the forest on the road north")]
    [InlineData("And then the updated plan arrived")]
    public void Lines_that_only_mention_meta_words_later_are_not_meta_lines(string text) => Assert.False(BoilerplateText.IsBoilerplate(text));
}
