package io.newsroom.enrich.entity;

/** The kinds of entity the tagger links. */
public enum EntityType { PERSON, COUNTRY, ORGANIZATION, PLACE }
