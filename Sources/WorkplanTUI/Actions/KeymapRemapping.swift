import Terminal

/// An officer's own keys for some actions (the config file's `keys:`), as tig and vit allow.
extension Keymap {
    /// The keymap with each named action bound to the keys given instead of its own, in every
    /// context where it is bound. A key given to an action is taken from any other action of
    /// those contexts, so that the officer's binding wins; two actions can swap keys, since all
    /// the new keys are settled before any is taken. Refuses a change that would leave another
    /// action with no key at all in a context, naming the key and the action.
    public func remapped(_ changes: [(action: Action, keys: [Key])]) throws(KeymapConflict) -> Keymap {
        var result = bindings
        var newGlobal = global
        let given = Dictionary(changes.map { ($0.action, $0.keys) }, uniquingKeysWith: { $1 })
        let taken = Set(changes.flatMap(\.keys))
        let remap = { (list: [Binding]) throws(KeymapConflict) -> [Binding] in
            var remapped: [Binding] = []
            for binding in list {
                if let keys = given[binding.action] {
                    remapped.append(Binding(keys: keys, action: binding.action))
                    continue
                }
                let kept = binding.keys.filter { !taken.contains($0) }
                if kept.isEmpty, let lost = binding.keys.first {
                    throw KeymapConflict(key: lost, action: binding.action)
                }
                remapped.append(Binding(keys: kept, action: binding.action))
            }
            return remapped
        }
        for (context, list) in bindings {
            let claims = list.contains { given[$0.action] != nil }
            result[context] = claims ? try remap(list) : list
        }
        if newGlobal.contains(where: { given[$0.action] != nil }) { newGlobal = try remap(newGlobal) }
        return Keymap(bindings: result, global: newGlobal)
    }
}

/// A key the config file gives to an action that was another action's only key.
public struct KeymapConflict: Error, Equatable {
    /// The key.
    public let key: Key
    /// The action that would have no key left.
    public let action: Action
}
