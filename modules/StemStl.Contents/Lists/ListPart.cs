using StemStl.Cms.Definitions;

namespace StemStl.Contents.Lists;

/// <summary>Marks a type as a container; its settings say which types it holds. Children point at it through <see cref="ContainedPart"/>.</summary>
internal sealed class ListPart : ContentPartKind
{
    public override string Name => "ListPart";

    public override string DisplayName => "List";

    public override string Description => "Makes items of the type containers of other items.";

    public override Type SettingsType => typeof(ListPartSettings);
}
