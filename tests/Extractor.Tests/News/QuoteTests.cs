using Extractor.News;

namespace Extractor.Tests.News;

/// <summary>
/// Direct quotations and their speakers, written from wire-service conventions. Each row: the body (paragraphs
/// separated by a blank line), how many quotations it holds, and for the one at <c>index</c> its text, speaker,
/// verb and paragraph.
/// </summary>
public sealed class QuoteTests
{
    public static TheoryData<string, int, int, string, string?, string?, int> QuoteThenSpeaker() => new()
    {
        { "“We will rebuild,” said the mayor.", 1, 0, "We will rebuild,", "the mayor", "said", 0 },
        { "“We will rebuild,” the mayor said.", 1, 0, "We will rebuild,", "the mayor", "said", 0 },
        { "“We will rebuild,” she told reporters.", 1, 0, "We will rebuild,", "she", "told", 0 },
        { "“It is over,” Smith said Tuesday.", 1, 0, "It is over,", "Smith", "said", 0 },
        { "“It is over,” said Jane Smith, a spokeswoman for the city.", 1, 0, "It is over,", "Jane Smith", "said", 0 },
        { "“It is over,” Jane Smith, a spokeswoman for the city, said.", 1, 0, "It is over,", "Jane Smith", "said", 0 },
        { "“It is over,” Smith, 45, said.", 1, 0, "It is over,", "Smith", "said", 0 },
        { "“Why now?” asked Sen. Elizabeth Warren.", 1, 0, "Why now?", "Sen. Elizabeth Warren", "asked", 0 },
        { "“Why now?” Warren asked.", 1, 0, "Why now?", "Warren", "asked", 0 },
        { "“We are ready,” Gov. Gavin Newsom said in a statement.", 1, 0, "We are ready,", "Gov. Gavin Newsom", "said", 0 },
        { "“No comment,” a spokesman for the company said.", 1, 0, "No comment,", "a spokesman for the company", "said", 0 },
        { "“It was terrifying,” said Maria Lopez, who lives nearby.", 1, 0, "It was terrifying,", "Maria Lopez", "said", 0 },
        { "“The economy is strong,” Federal Reserve Chair Jerome Powell told lawmakers.", 1, 0, "The economy is strong,", "Federal Reserve Chair Jerome Powell", "told", 0 },
        { "“We won,” Smith has said.", 1, 0, "We won,", "Smith", "said", 0 },
        { "“We won,” Smith later said.", 1, 0, "We won,", "Smith", "said", 0 },
        { "“This is a disaster,” former President Donald Trump wrote on Truth Social.", 1, 0, "This is a disaster,", "former President Donald Trump", "wrote", 0 },
        { "“Stay home,” the governor tweeted.", 1, 0, "Stay home,", "the governor", "tweeted", 0 },
        // A title's field in lower case belongs to the speaker: "computer science professor", "economics professor".
        { "“Machine learning is changing every industry,” said MIT computer science professor Aleksander Madry, director of the center.", 1, 0, "Machine learning is changing every industry,", "MIT computer science professor Aleksander Madry", "said", 0 },
        { "“Prices will rise,” Harvard economics professor Jane Smith said.", 1, 0, "Prices will rise,", "Harvard economics professor Jane Smith", "said", 0 },
        { "“Prices will rise,” said economics professor Jane Smith.", 1, 0, "Prices will rise,", "economics professor Jane Smith", "said", 0 },
        { "“We are investigating,” police said.", 1, 0, "We are investigating,", "police", "said", 0 },
        { "“We are investigating,” officials said.", 1, 0, "We are investigating,", "officials", "said", 0 },
        { "“We are investigating,” the Justice Department said in a statement.", 1, 0, "We are investigating,", "the Justice Department", "said", 0 },
        { "“This is not over,” insisted Smith.", 1, 0, "This is not over,", "Smith", "insisted", 0 },
        { "“Be careful,” warned the health minister.", 1, 0, "Be careful,", "the health minister", "warned", 0 },
        { "“I made a mistake,” Johnson acknowledged.", 1, 0, "I made a mistake,", "Johnson", "acknowledged", 0 },
        { "“The data are clear,” the researchers wrote.", 1, 0, "The data are clear,", "the researchers", "wrote", 0 },
        { "“That's false,” the White House said.", 1, 0, "That's false,", "the White House", "said", 0 },
        { "“We need help,” Mayor Eric Adams added.", 1, 0, "We need help,", "Mayor Eric Adams", "added", 0 },
        { "“It's complicated,” explained Dr. Anthony Fauci.", 1, 0, "It's complicated,", "Dr. Anthony Fauci", "explained", 0 },
        { "“Get out!” the crowd shouted.", 1, 0, "Get out!", "the crowd", "shouted", 0 },
        { "“Who knows?” Smith said with a laugh.", 1, 0, "Who knows?", "Smith", "said", 0 },
        { "“It works,” says Dr. Jane Lee.", 1, 0, "It works,", "Dr. Jane Lee", "says", 0 },
        { "“It works,” Lee says.", 1, 0, "It works,", "Lee", "says", 0 },
        { "“Our commitment has not changed,” Acting Assistant Secretary of State for East Asian and Pacific Affairs Sung Kim told reporters on Friday.", 1, 0, "Our commitment has not changed,", "Acting Assistant Secretary of State for East Asian and Pacific Affairs Sung Kim", "told", 0 },
        { "“We are tracking it,” White House press secretary Karine Jean-Pierre said.", 1, 0, "We are tracking it,", "White House press secretary Karine Jean-Pierre", "said", 0 },
        { "“We will respond,” said Kim Jong Un.", 1, 0, "We will respond,", "Kim Jong Un", "said", 0 },
        { "“We will appeal,” said attorney Mark Jones.", 1, 0, "We will appeal,", "attorney Mark Jones", "said", 0 },
        { "\"This is the most important decision,\" said council member Lucia Ferrante, who chairs the committee.", 1, 0, "This is the most important decision,", "council member Lucia Ferrante", "said", 0 },
        { "“Music is everything,” said Ludwig van Beethoven.", 1, 0, "Music is everything,", "Ludwig van Beethoven", "said", 0 },
        { "“The war is over,” said Bashar al-Assad.", 1, 0, "The war is over,", "Bashar al-Assad", "said", 0 },
        { "“We will see,” Trump said, according to a transcript.", 1, 0, "We will see,", "Trump", "said", 0 },
        { "“This is not the end,” he said, adding that the team would regroup.", 1, 0, "This is not the end,", "he", "said", 0 },
        { "“We are ready”, the coach said.", 1, 0, "We are ready", "the coach", "said", 0 },
        { "“We were lucky,” the 34-year-old said.", 1, 0, "We were lucky,", "the 34-year-old", "said", 0 },
        { "“Build with herbs,” she instructs.", 1, 0, "Build with herbs,", "she", "instructs", 0 },
        { "“These devices help,” the trends report stated.", 1, 0, "These devices help,", "the trends report", "stated", 0 },
        { "“The water rose,” Pineda asked.", 1, 0, "The water rose,", "Pineda", "asked", 0 },
        { "“We were lucky,” the company's chief executive told analysts.", 1, 0, "We were lucky,", "the company's chief executive", "told", 0 },
    };

    public static TheoryData<string, int, int, string, string?, string?, int> SpeakerThenQuote() => new()
    {
        { "Smith said: “We will not back down.”", 1, 0, "We will not back down.", "Smith", "said", 0 },
        { "The mayor told reporters: “The city is safe.”", 1, 0, "The city is safe.", "The mayor", "told", 0 },
        { "In a statement, the company said: “We regret the error.”", 1, 0, "We regret the error.", "the company", "said", 0 },
        { "Smith said that “the plan is dead.”", 1, 0, "the plan is dead.", "Smith", "said", 0 },
        { "Jones added, “There is more work to do.”", 1, 0, "There is more work to do.", "Jones", "added", 0 },
        { "The minister said on Friday: “We are ready.”", 1, 0, "We are ready.", "The minister", "said", 0 },
        { "Smith wrote on X: “Unacceptable.”", 1, 0, "Unacceptable.", "Smith", "wrote", 0 },
        { "He said: “I am innocent.”", 1, 0, "I am innocent.", "He", "said", 0 },
        { "Prime Minister Rishi Sunak said: “We will act.”", 1, 0, "We will act.", "Prime Minister Rishi Sunak", "said", 0 },
        { "According to Smith, “the deal is done.”", 1, 0, "the deal is done.", "Smith", "according to", 0 },
        { "But Smith said, “That is not true.”", 1, 0, "That is not true.", "Smith", "said", 0 },
        { "Smith reportedly told aides: “We are done.”", 1, 0, "We are done.", "Smith", "told", 0 },
        { "Has your agency ever asked you, “Why do customers buy?”", 1, 0, "Why do customers buy?", "your agency", "asked", 0 },
        { "Ultimately I tell them: “Be specific.”", 1, 0, "Be specific.", "I", "tell", 0 },
        { "The judge, who noted the delays, said: “This court will not wait.”", 1, 0, "This court will not wait.", "The judge", "said", 0 },
        { "Smith, a spokesman for the city, said: “Roads are closed.”", 1, 0, "Roads are closed.", "Smith", "said", 0 },
        { "She shouted: “Get back!”", 1, 0, "Get back!", "She", "shouted", 0 },
        { "“It was,” she said, “the worst day of my life.”", 2, 0, "It was,", "she", "said", 0 },
        { "“It was,” she said, “the worst day of my life.”", 2, 1, "the worst day of my life.", "she", "said", 0 },
        { "“We lost,” Smith said, adding: “We will be back.”", 2, 1, "We will be back.", "Smith", "adding", 0 },
        { "Smith said: \"We will win.\"", 1, 0, "We will win.", "Smith", "said", 0 },
        { "\"We will win,\" the coach said.", 1, 0, "We will win,", "the coach", "said", 0 },
        { "«We will win,» the coach said.", 1, 0, "We will win,", "the coach", "said", 0 },
        { "« We will win », the coach said.", 1, 0, "We will win", "the coach", "said", 0 },
        { "„We will win,“ the coach said.", 1, 0, "We will win,", "the coach", "said", 0 },
        { "“He told me ‘never again,’ and I believed him,” Smith said.", 1, 0, "He told me ‘never again,’ and I believed him,", "Smith", "said", 0 },
        { "“She kept saying 'we will make it,'” the survivor recalled.", 1, 0, "She kept saying 'we will make it,'", "the survivor", "recalled", 0 },
    };

    public static TheoryData<string, int, int, string, string?, string?, int> PartialAndAccordingTo() => new()
    {
        { "Smith said the plan was “dead on arrival.”", 1, 0, "dead on arrival.", "Smith", "said", 0 },
        { "The official said the talks were “productive and frank,” according to a transcript.", 1, 0, "productive and frank,", "The official", "said", 0 },
        { "The company warned of “significant headwinds” in its report.", 1, 0, "significant headwinds", "The company", "warned", 0 },
        { "The report found “widespread failures,” investigators said.", 1, 0, "widespread failures,", "investigators", "said", 0 },
        { "The report, released Tuesday, found “widespread failures” at the agency, investigators said.", 1, 0, "widespread failures", "investigators", "said", 0 },
        { "He said he was “very happy” with the result.", 1, 0, "very happy", "He", "said", 0 },
        { "The official, who noted the risks, said the move was “premature.”", 1, 0, "premature.", "The official", "said", 0 },
        { "“To date, we have no response,” said the official, who noted that after a year of silence, it came “despite many attempts.”", 2, 1, "despite many attempts.", "the official", "noted", 0 },
        { "“The deal is done,” according to a person familiar with the talks.", 1, 0, "The deal is done,", "a person familiar with the talks", "according to", 0 },
        { "According to police, “the suspect fled on foot.”", 1, 0, "the suspect fled on foot.", "police", "according to", 0 },
        { "“Prices will rise,” according to the report.", 1, 0, "Prices will rise,", "the report", "according to", 0 },
        { "The suspect “showed no remorse,” according to prosecutors.", 1, 0, "showed no remorse,", "prosecutors", "according to", 0 },
        { "Smith told the jury the defendant had been “cold and calculating” throughout.", 1, 0, "cold and calculating", "Smith", "told", 0 },
        { "The council voted and the mayor said “we will rebuild.”", 1, 0, "we will rebuild.", "the mayor", "said", 0 },
    };

    public static TheoryData<string, int, int, string, string?, string?, int> AcrossParagraphs() => new()
    {
        // A quotation over two paragraphs: the opening mark repeated, no closing mark until the last.
        { "“We came here with nothing,” Garcia said. “We worked every day.\n\n“Now we have a home.”", 2, 1, "We worked every day. Now we have a home.", "Garcia", null, 0 },
        { "Garcia said: “We came here with nothing.\n\n“We built this ourselves.”", 1, 0, "We came here with nothing. We built this ourselves.", "Garcia", "said", 0 },
        { "“We came here with nothing.\n\n“We built this ourselves,” Garcia said.", 1, 0, "We came here with nothing. We built this ourselves,", "Garcia", "said", 0 },
        { "“It was over in minutes.\n\nThe storm moved east on Tuesday.", 1, 0, "It was over in minutes.", null, null, 0 },
        // A floating quotation takes the speaker that ends the paragraph before it.
        { "“The water rose fast,” said Tom Reed, a farmer.\n\n“We lost everything.”", 2, 1, "We lost everything.", "Tom Reed", null, 1 },
        { "“The water rose fast,” said Tom Reed, a farmer.\n\n“We lost everything.”\n\n“Everything.”", 3, 2, "Everything.", "Tom Reed", null, 2 },
        { "“The water rose fast,” said Tom Reed.\n\n## Aftermath\n\n“We lost everything.”", 2, 1, "We lost everything.", null, null, 2 },
        { "Reed said the water rose fast.\n\n“We lost everything.”", 1, 0, "We lost everything.", "Reed", null, 1 },
        { "“It rose,” Reed said. The storm moved on.\n\n“We lost everything.”", 2, 1, "We lost everything.", null, null, 1 },
        { "“We are ready,” Smith said. “We have trained for this.”", 2, 1, "We have trained for this.", "Smith", null, 0 },
        { "“We are ready,” Smith said. The team left. “We have trained for this.”", 2, 1, "We have trained for this.", null, null, 0 },
        { "Low flowers steal the show, Weiss says. “The organic look is in.”", 1, 0, "The organic look is in.", "Weiss", null, 0 },
        { "Helmstetter says to start with a textile you love. “Then add pieces you have sourced.”", 1, 0, "Then add pieces you have sourced.", "Helmstetter", null, 0 },
    };

    public static TheoryData<string, int, int, string, string?, string?, int> Pronouns() => new()
    {
        { "“We will appeal,” said Mark Jones, the defense lawyer.\n\n“This is not over,” he said.", 2, 1, "This is not over,", "Mark Jones", "said", 1 },
        { "“We will appeal,” said Mark Jones.\n\n“This is not over,” he added. “Not even close.”", 3, 2, "Not even close.", "Mark Jones", null, 1 },
        { "“A win,” said Mark Jones. “A big one,” he added.", 2, 1, "A big one,", "Mark Jones", "added", 0 },
        { "“We will appeal,” said Mark Jones.\n\nJones met with Sarah Lee on Monday.\n\n“This is not over,” she said.", 2, 1, "This is not over,", "she", "said", 2 },
        { "“We will appeal,” he said.", 1, 0, "We will appeal,", "he", "said", 0 },
        { "“A,” said Mark Jones.\n\n“B,” he said.\n\n“C,” she said.", 3, 2, "C,", "she", "said", 2 },
        { "“A,” said Mark Jones.\n\n“B,” the official said.\n\n“C,” he said.", 3, 2, "C,", "he", "said", 2 },
        { "Mark Jones said the team was ready.\n\n“We are prepared,” he said.", 1, 0, "We are prepared,", "Mark Jones", "said", 1 },
        { "“We are prepared,” said Jane Roe.\n\n“They will lose,” they said.", 2, 1, "They will lose,", "they", "said", 1 },
        { "“Sure,” said Jane Roe.\n\nThe vote is Friday.\n\nThe vote is close.\n\nThe vote is public.\n\nThe vote is final.\n\n“Yes,” she said.", 2, 1, "Yes,", "she", "said", 5 },
    };

    public static TheoryData<string, int, int, string, string?, string?, int> OtherLanguages() => new()
    {
        { "« On n'a pas vu un calendrier pareil depuis 2003 », a déclaré à l'AFP Christophe Lemaire, viticulteur.", 1, 0, "On n'a pas vu un calendrier pareil depuis 2003", "Christophe Lemaire", "a déclaré", 0 },
        { "« Le climat change », a résumé Isabelle Garnier, présidente d'une coopérative.", 1, 0, "Le climat change", "Isabelle Garnier", "a résumé", 0 },
        { "„Diese Brücke verbindet zwei Ufer“, sagte Kroll.", 1, 0, "Diese Brücke verbindet zwei Ufer", "Kroll", "sagte", 0 },
        { "«No se trata de prohibir el coche», dijo Ana García.", 1, 0, "No se trata de prohibir el coche", "Ana García", "dijo", 0 },
        { "Selon Marie Dupont, « la récolte sera bonne ».", 1, 0, "la récolte sera bonne", "Marie Dupont", "selon", 0 },
        { "«Es una vergüenza», según Pedro Ruiz.", 1, 0, "Es una vergüenza", "Pedro Ruiz", "según", 0 },
    };

    public static TheoryData<string, int, int, string, string?, string?, int> NoSpeaker() => new()
    {
        { "Former President Donald Trump began his tenure with the threat “Fire and fury” before a diplomatic opening.", 1, 0, "Fire and fury", null, null, 0 },
        { "Joe Biden blew up the meeting as “Photo Ops” To describe it as a “vanity project” that gave legitimacy.", 2, 1, "vanity project", null, null, 0 },
        { "Critics have dubbed it the “Green New Deal.”", 1, 0, "Green New Deal.", null, null, 0 },
        { "The so-called “smart” meters failed.", 1, 0, "smart", null, null, 0 },
        { "She starred in the film “Dune” last year.", 1, 0, "Dune", null, null, 0 },
        { "The “vanity project” was abandoned.", 1, 0, "vanity project", null, null, 0 },
        { "The event, titled “Hope Rising,” drew thousands.", 1, 0, "Hope Rising,", null, null, 0 },
        { "Protesters carried signs reading “No war.”", 1, 0, "No war.", null, null, 0 },
        { "“We won.” Officials said the team celebrated late.", 1, 0, "We won.", null, null, 0 },
        { "“Enough is enough.” The crowd cheered.", 1, 0, "Enough is enough.", null, null, 0 },
        { "“We won,” the team that lost last year said.", 1, 0, "We won,", null, null, 0 },
        { "The speaker has “Extra Bass,” emphasizing the importance of both video and audio quality.", 1, 0, "Extra Bass,", null, null, 0 },
        { "We’ve added “starter” to the name.", 1, 0, "starter", null, null, 0 },
        { "Don’t tell them “show, don’t tell.”", 1, 0, "show, don’t tell.", null, null, 0 },
        { "Rails favoured “convention over configuration,” promising a more structured way to build apps.", 1, 0, "convention over configuration,", null, null, 0 },
        { "The senator called the bill “a disgrace” and said she would vote against it.", 1, 0, "a disgrace", null, null, 0 },
        { "Smith described the deal as “a win for everyone.”", 1, 0, "a win for everyone.", null, null, 0 },
        { "The campaign, known as “Project Sunrise,” said it had raised millions.", 1, 0, "Project Sunrise,", null, null, 0 },
        { "Many sprays claim to use neem oil and are “natural,” but they are not.", 1, 0, "natural,", null, null, 0 },
        { "The watch has added voice controls (with questions like “Did you sleep well?”) and more.", 1, 0, "Did you sleep well?", null, null, 0 },
        { "Another great post is “The Best Code is No Code At All” by Jeff Atwood.", 1, 0, "The Best Code is No Code At All", null, null, 0 },
        { "“Fire and fury.”\n\n“Never again.”", 2, 1, "Never again.", null, null, 1 },
        // A quoted word that is the subject of the verb after it closes no clause: no inverted speaker after it.
        { "While “cue” suggests a reward will follow, “command” carries a threat.", 2, 0, "cue", null, null, 0 },
        { "While “cue” suggests a reward will follow, “command” carries a threat.", 2, 1, "command", null, null, 0 },
        { "So how do I “mix it up” you say?", 1, 0, "mix it up", null, null, 0 },
        // The noun phrase before the verb is a preposition's object, not the verb's subject.
        { "A mother whose son's surgery led to his death once asked me, “Is Kant right?”", 1, 0, "Is Kant right?", null, null, 0 },
    };

    public static TheoryData<string, int> QuotationCounts() => new()
    {
        { "The 6-foot-5\" center scored 30 points.", 0 },
        { "It's the players' best game since the 'old days' of the league.", 0 },
        { "No quotes here at all.", 0 },
        { "“”", 0 },
        { "“A,” said Smith. “B,” said Jones. “C,” said Lee.", 3 },
    };

    [Theory]
    [MemberData(nameof(QuoteThenSpeaker))]
    [MemberData(nameof(SpeakerThenQuote))]
    [MemberData(nameof(PartialAndAccordingTo))]
    [MemberData(nameof(AcrossParagraphs))]
    [MemberData(nameof(Pronouns))]
    [MemberData(nameof(OtherLanguages))]
    [MemberData(nameof(NoSpeaker))]
    public void Quote_has_its_text_speaker_verb_and_paragraph(string body, int count, int index, string text, string? speaker, string? verb, int paragraph)
    {
        NewsStructure news = NewsAnalyzer.Analyze(Blocks.From(body), null);

        Assert.Equal(count, news.Quotes.Count);
        Quote quote = news.Quotes[index];
        Assert.Equal(text, quote.Text);
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(verb, quote.Verb);
        Assert.Equal(paragraph, quote.Paragraph);
    }

    [Theory]
    [MemberData(nameof(QuotationCounts))]
    public void Only_real_quotation_marks_make_quotations(string body, int count)
    {
        NewsStructure news = NewsAnalyzer.Analyze(Blocks.From(body), null);

        Assert.Equal(count, news.Quotes.Count);
    }

    [Fact]
    public void Resolved_pronoun_keeps_the_pronoun_as_written()
    {
        NewsStructure news = NewsAnalyzer.Analyze(Blocks.From("“We will appeal,” said Mark Jones.\n\n“This is not over,” he said."), null);

        Assert.Equal("Mark Jones", news.Quotes[1].Speaker);
        Assert.Equal("he", news.Quotes[1].SpeakerAsWritten);
        Assert.Equal("Mark Jones", news.Quotes[0].SpeakerAsWritten);
    }

    [Fact]
    public void Unattributed_quote_has_no_speaker_as_written()
    {
        NewsStructure news = NewsAnalyzer.Analyze(Blocks.From("The “vanity project” was abandoned."), null);

        Assert.Null(news.Quotes[0].SpeakerAsWritten);
    }
}
