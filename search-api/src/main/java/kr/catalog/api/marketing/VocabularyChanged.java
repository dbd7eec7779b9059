package kr.catalog.api.marketing;

/** Fired when a vocabulary entry changed; searches get the new vocabulary after the commit. */
public record VocabularyChanged() {}
