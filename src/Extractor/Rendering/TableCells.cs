namespace Extractor.Rendering;

/// <summary>The cells of a <see cref="BlockKind.TableRow"/> block, whose text joins them with " | ".</summary>
internal static class TableCells
{
    public static string[] Split(string rowText) => rowText.Split(Content.TableRows.CellSeparator);

    /// <summary>The number of cells of a row, counted without splitting it.</summary>
    public static int Count(string rowText) => rowText.AsSpan().Count(Content.TableRows.CellSeparator) + 1;

    /// <summary>Whether the block at <paramref name="index"/> is a table row that opens a run of rows.</summary>
    public static bool OpensTable(IReadOnlyList<Block> blocks, int index) =>
        blocks[index].Kind == BlockKind.TableRow && (index == 0 || blocks[index - 1].Kind != BlockKind.TableRow);

    /// <summary>Whether the block at <paramref name="index"/> is a table row that closes a run of rows.</summary>
    public static bool ClosesTable(IReadOnlyList<Block> blocks, int index) =>
        blocks[index].Kind == BlockKind.TableRow && (index + 1 == blocks.Count || blocks[index + 1].Kind != BlockKind.TableRow);
}
