package com.dashify.identity.adapter.rest.scim.schema;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** One attribute of a schema with its RFC 7643 §7 characteristics. */
public record AttributeDefinition(String name, Type type, boolean multiValued, String description, boolean required,
                                  boolean caseExact, Mutability mutability, Returned returned, Uniqueness uniqueness,
                                  List<String> canonicalValues, List<String> referenceTypes,
                                  List<AttributeDefinition> subAttributes) {

    /** RFC 7643 §2.3 data types. */
    public enum Type {
        STRING("string"), BOOLEAN("boolean"), DECIMAL("decimal"), INTEGER("integer"), DATE_TIME("dateTime"),
        REFERENCE("reference"), COMPLEX("complex");

        private final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    /** RFC 7643 §7 {@code mutability}. */
    public enum Mutability {
        READ_ONLY("readOnly"), READ_WRITE("readWrite"), IMMUTABLE("immutable"), WRITE_ONLY("writeOnly");

        private final String wireName;

        Mutability(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    /** RFC 7643 §7 {@code returned}. */
    public enum Returned {
        ALWAYS("always"), NEVER("never"), DEFAULT("default"), REQUEST("request");

        private final String wireName;

        Returned(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    /** RFC 7643 §7 {@code uniqueness}. */
    public enum Uniqueness {
        NONE("none"), SERVER("server"), GLOBAL("global");

        private final String wireName;

        Uniqueness(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    public AttributeDefinition {
        Objects.requireNonNull(name, "name");
        canonicalValues = List.copyOf(canonicalValues);
        referenceTypes = List.copyOf(referenceTypes);
        subAttributes = List.copyOf(subAttributes);
    }

    public boolean isComplex() {
        return type == Type.COMPLEX;
    }

    public boolean isReadOnly() {
        return mutability == Mutability.READ_ONLY;
    }

    /** The sub-attribute with this name, compared without case. */
    public Optional<AttributeDefinition> subAttribute(String subName) {
        String wanted = subName.toLowerCase(Locale.ROOT);
        return subAttributes.stream().filter(sub -> sub.name.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** Starts a definition of a single-valued, optional, read-write, case-insensitive string. */
    public static Builder string(String name, String description) {
        return new Builder(name, Type.STRING, description);
    }

    public static Builder of(String name, Type type, String description) {
        return new Builder(name, type, description);
    }

    /** Builds definitions with the RFC's defaults, so that each reads as its differences from them. */
    public static final class Builder {
        private final String name;
        private final Type type;
        private final String description;
        private boolean multiValued;
        private boolean required;
        private boolean caseExact;
        private Mutability mutability = Mutability.READ_WRITE;
        private Returned returned = Returned.DEFAULT;
        private Uniqueness uniqueness = Uniqueness.NONE;
        private List<String> canonicalValues = List.of();
        private List<String> referenceTypes = List.of();
        private List<AttributeDefinition> subAttributes = List.of();

        private Builder(String name, Type type, String description) {
            this.name = name;
            this.type = type;
            this.description = description;
        }

        public Builder multiValued() {
            this.multiValued = true;
            return this;
        }

        public Builder required() {
            this.required = true;
            return this;
        }

        public Builder caseExact() {
            this.caseExact = true;
            return this;
        }

        public Builder mutability(Mutability value) {
            this.mutability = value;
            return this;
        }

        public Builder returned(Returned value) {
            this.returned = value;
            return this;
        }

        public Builder uniqueness(Uniqueness value) {
            this.uniqueness = value;
            return this;
        }

        public Builder canonicalValues(String... values) {
            this.canonicalValues = List.of(values);
            return this;
        }

        public Builder referenceTypes(String... types) {
            this.referenceTypes = List.of(types);
            return this;
        }

        public Builder subAttributes(AttributeDefinition... subs) {
            this.subAttributes = List.of(subs);
            return this;
        }

        public AttributeDefinition build() {
            return new AttributeDefinition(name, type, multiValued, description, required, caseExact, mutability,
                    returned, uniqueness, canonicalValues, referenceTypes, subAttributes);
        }
    }
}
