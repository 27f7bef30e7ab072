using System.Text;
using Microsoft.AspNetCore.Http;

namespace Extractor.Tests.Fetching;

public sealed class CharsetTests
{
    static CharsetTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("windows-1252", "Le café “Chez Paul” a rouvert, et l’addition reste à 5 € — enfin.")]
    [InlineData("windows-1251", "Река поднялась на два метра за ночь, сообщил мэр.")]
    [InlineData("shift_jis", "川の水位が一晩で二メートル上昇したと市長が述べた。")]
    public async Task Page_with_its_charset_only_in_meta_is_decoded_correctly(string charset, string sentence)
    {
        string html = $"<!doctype html><html><head><meta charset=\"{charset}\"><title>River</title></head>"
            + $"<body><article><h1>River</h1><p>{sentence}</p><p>{sentence}</p></article></body></html>";
        byte[] body = Encoding.GetEncoding(charset).GetBytes(html);
        await using var server = await LocalServer.StartAsync(("/legacy", context =>
        {
            context.Response.ContentType = "text/html";
            return context.Response.Body.WriteAsync(body).AsTask();
        }));
        using var extractor = new ArticleExtractor(FetchKit.Options(new ObservedClock()));

        Article article = await extractor.ExtractAsync(server.Url("/legacy"));

        Assert.Equal(sentence, article.Paragraphs[0]);
        Assert.Equal(server.Url("/legacy"), article.Url);
    }
}
