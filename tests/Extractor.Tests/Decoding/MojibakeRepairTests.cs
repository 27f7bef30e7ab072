using System.Text;
using Extractor.Decoding;

namespace Extractor.Tests.Decoding;

public sealed class MojibakeRepairTests
{
    static MojibakeRepairTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData(1252)]
    [InlineData(28591)]
    public void Utf8_text_decoded_once_as_a_single_byte_charset_is_restored(int codePage)
    {
        const string original = "We don’t say “café” — it costs 5 € and 3 × 2 ≠ 5.";
        string garbled = Encoding.GetEncoding(codePage).GetString(Encoding.UTF8.GetBytes(original));
        Assert.NotEqual(original, garbled);

        Assert.Equal(original, MojibakeRepair.Repair(garbled));
    }

    [Theory]
    [InlineData("Déjà vu: l’été à Zürich, ça coûte 12 €.")]
    [InlineData("Plain ASCII text stays as it is.")]
    [InlineData("Ã alone, or Â followed by a letter, is no sequence")]
    public void Correct_text_is_left_unchanged(string text) =>
        Assert.Same(text, MojibakeRepair.Repair(text));
}
