package nl.koers.campaigns.fuzz;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A valid dossier file that mutations start from: its bytes as the store wrote them, and its JSON tree for the
 * mutations that work on structure (wrong types, duplicate keys, huge numbers).
 */
public record Seed(String name, byte[] bytes, ObjectNode tree) {
}
