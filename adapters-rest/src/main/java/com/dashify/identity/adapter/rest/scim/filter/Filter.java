package com.dashify.identity.adapter.rest.scim.filter;

import java.util.Objects;

/** A parsed SCIM filter: an immutable tree. */
public sealed interface Filter {

    /** Both operands match. */
    record And(Filter left, Filter right) implements Filter {
        public And {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** Either operand matches. */
    record Or(Filter left, Filter right) implements Filter {
        public Or {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** The operand does not match. */
    record Not(Filter operand) implements Filter {
        public Not {
            Objects.requireNonNull(operand, "operand");
        }
    }

    /** {@code attribute op value}. */
    record Comparison(AttributePath path, Operator operator, Literal value) implements Filter {
        public Comparison {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code attribute pr}: the attribute has a value. */
    record Present(AttributePath path) implements Filter {
        public Present {
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * {@code emails[type eq "work"]}: some value of a multi-valued attribute matches the inner
     * filter, whose paths name sub-attributes of that value.
     */
    record ValuePath(AttributePath path, Filter filter) implements Filter {
        public ValuePath {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(filter, "filter");
        }
    }

    /** The comparison operators of RFC 7644 §3.4.2.2. */
    enum Operator {
        EQ, NE, CO, SW, EW, GT, GE, LT, LE
    }

    /**
     * A comparison value: a JSON string, number, boolean or null.
     *
     * @param value a {@code String}, {@code java.math.BigDecimal}, {@code Boolean}, or null
     */
    record Literal(Object value) {

        public boolean isString() {
            return value instanceof String;
        }
    }
}
