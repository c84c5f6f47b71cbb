namespace StemStl.Cms.Modules;

/// <summary>The registered implementations of <typeparamref name="T"/> whose features are switched on right now.</summary>
public interface IEnabled<out T> : IEnumerable<T>
    where T : class
{
}
