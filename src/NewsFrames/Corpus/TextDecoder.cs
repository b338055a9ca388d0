using System.Text;

namespace NewsFrames;

/// <summary>The text of a file and how it was decoded.</summary>
/// <param name="Text">The decoded text, line endings as in the file.</param>
/// <param name="Encoding">"utf-8", "utf-8-bom", "utf-16le", "utf-16be", "utf-32le", "utf-32be" or "windows-1252".</param>
/// <param name="Warning">Why a fallback was used (with the line of the first bad byte), or null.</param>
internal sealed record DecodedText(string Text, string Encoding, string? Warning);

/// <summary>
/// Decodes article files: a byte-order mark decides (UTF-8, UTF-16, UTF-32); without one, strict UTF-8 is
/// tried and invalid UTF-8 falls back to Windows-1252 with a warning, because stray Latin-1/Windows bytes in
/// otherwise UTF-8 news dumps are common (BBC sport/199.txt has one 0xA3 '£').
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Windows-1252 comes from the code-pages provider; asking the provider directly avoids registering it
    // process-wide (a global side effect notebooks would inherit).
    private static readonly Lazy<Encoding> Windows1252 = new(() => CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Windows-1252 is not available."));

    /// <summary>True when the bytes look binary: a NUL byte in data that has no UTF-16/32 byte-order mark.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes) => Bom(bytes).Encoding is null && bytes.IndexOf((byte)0) >= 0;

    /// <summary>Decodes <paramref name="bytes"/>; callers check <see cref="LooksBinary"/> first.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var (encoding, name, bomLength) = Bom(bytes);
        if (encoding is not null) return new DecodedText(encoding.GetString(bytes[bomLength..]), name, null);
        try
        {
            return new DecodedText(StrictUtf8.GetString(bytes), "utf-8", null);
        }
        catch (DecoderFallbackException)
        {
            return new DecodedText(Windows1252.Value.GetString(bytes), "windows-1252", InvalidUtf8Warning(bytes));
        }
    }

    /// <summary>The warning <see cref="Decode"/> gives for these bytes (invalid UTF-8 without a byte-order mark), or null; nothing is decoded.</summary>
    public static string? FallbackWarning(ReadOnlySpan<byte> bytes) =>
        Bom(bytes).Encoding is null && !System.Text.Unicode.Utf8.IsValid(bytes) ? InvalidUtf8Warning(bytes) : null;

    private static string InvalidUtf8Warning(ReadOnlySpan<byte> bytes)
    {
        int bad = FirstInvalidUtf8(bytes);
        int line = 1 + bytes[..bad].Count((byte)'\n');
        return $"line {line}: invalid UTF-8 (byte 0x{bytes[bad]:X2} at offset {bad}); decoded as Windows-1252";
    }

    /// <summary>
    /// The encoding <see cref="Decode"/> would use, when it is one that gives every ASCII byte as that character
    /// (UTF-8 with or without a byte-order mark, or the Windows-1252 fallback), with the length of the mark to skip;
    /// null for UTF-16 and UTF-32. Decoding pieces of the bytes split before an ASCII byte then gives the same text as
    /// decoding them whole.
    /// </summary>
    public static Encoding? AsciiCompatible(ReadOnlySpan<byte> bytes, out int bomLength)
    {
        var (encoding, name, length) = Bom(bytes);
        bomLength = length;
        if (encoding is not null) return name == "utf-8-bom" ? encoding : null;
        return System.Text.Unicode.Utf8.IsValid(bytes) ? StrictUtf8 : Windows1252.Value;
    }

    /// <summary>
    /// Decodes like <see cref="Decode"/> (the same characters) into an array rented from <see cref="System.Buffers.ArrayPool{T}.Shared"/>,
    /// for readers that parse the text and keep none of it; the caller returns the array. The fallback's warning is not
    /// reported here.
    /// </summary>
    public static char[] DecodePooled(ReadOnlySpan<byte> bytes, out int length)
    {
        var (encoding, _, bomLength) = Bom(bytes);
        bytes = bytes[bomLength..];
        if (encoding is null)
        {
            try
            {
                // Strict: throws on the first invalid byte, before anything is rented.
                encoding = StrictUtf8;
                length = encoding.GetCharCount(bytes);
            }
            catch (DecoderFallbackException)
            {
                encoding = Windows1252.Value;
                length = encoding.GetCharCount(bytes);
            }
        }
        else length = encoding.GetCharCount(bytes);
        char[] chars = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, length));
        length = encoding.GetChars(bytes, chars);
        return chars;
    }

    private static (Encoding? Encoding, string Name, int Length) Bom(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (new UTF8Encoding(false, false), "utf-8-bom", 3);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return (new UTF32Encoding(false, false), "utf-32le", 4);
        if (b.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return (new UTF32Encoding(true, false), "utf-32be", 4);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (new UnicodeEncoding(false, false), "utf-16le", 2);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (new UnicodeEncoding(true, false), "utf-16be", 2);
        return (null, "", 0);
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var buffer = new char[4096];
        int i = 0;
        while (i < bytes.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes[i..], buffer, out int read, out _, replaceInvalidSequences: false);
            if (status is System.Buffers.OperationStatus.InvalidData or System.Buffers.OperationStatus.NeedMoreData) return i + read;
            if (status == System.Buffers.OperationStatus.Done) break;
            i += read;
        }
        return 0;
    }
}
