using System.Runtime.CompilerServices;

namespace NewsFrames;

/// <summary>
/// An array reused from document to document: the first <see cref="Count"/> items of <see cref="Items"/> are valid.
/// Unlike a <see cref="List{T}"/>, it hands out its array, so a document tokenized into it can be read in place.
/// </summary>
internal sealed class GrowableBuffer<T>(int capacity)
{
    /// <summary>The storage; longer than <see cref="Count"/> in general.</summary>
    public T[] Items = new T[capacity];

    /// <summary>How many items are valid.</summary>
    public int Count;

    public Span<T> Span => Items.AsSpan(0, Count);

    public void Clear() => Count = 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(in T item)
    {
        if (Count == Items.Length) Array.Resize(ref Items, Items.Length * 2);
        Items[Count++] = item;
    }

    /// <summary>A copy of the valid items (the shared empty array when there are none).</summary>
    public T[] ToArray() => Count == 0 ? [] : Span.ToArray();
}
