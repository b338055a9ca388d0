using System.Buffers;

namespace NewsFrames;

/// <summary>
/// A file's bytes in an array rented from <see cref="ArrayPool{T}.Shared"/>: loaders read a file, parse it and keep
/// none of its bytes, and a fresh array for every file larger than 85 KB (a Reuters .sgm file is 1.3 MB) is
/// large-object garbage that only a full collection frees.
/// </summary>
internal static class PooledFile
{
    /// <summary>Reads the whole file; the caller returns the array to the pool. <paramref name="length"/> is the file's size.</summary>
    /// <exception cref="CorpusLoadException">The file is larger than an array can hold.</exception>
    public static byte[] Read(string path, out int length)
    {
        using var handle = File.OpenHandle(path);
        long size = RandomAccess.GetLength(handle);
        if (size > Array.MaxLength) throw new CorpusLoadException(path, null, "file too large");
        byte[] bytes = ArrayPool<byte>.Shared.Rent((int)Math.Max(1, size));
        try
        {
            int read = 0;
            while (read < size)
            {
                int n = RandomAccess.Read(handle, bytes.AsSpan(read, (int)size - read), read);
                if (n == 0) break;
                read += n;
            }
            length = read;
            return bytes;
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(bytes);
            throw;
        }
    }
}
