package vn.reformdesk.store;

/** A stored record with the version it had when read: a save based on it is refused if another desk saved since. */
public record Versioned<T>(T value, long version) {}
