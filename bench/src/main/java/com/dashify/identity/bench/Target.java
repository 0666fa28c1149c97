package com.dashify.identity.bench;

/**
 * One of the benchmark's targets: a measured figure beside what it is compared with, as a ratio
 * where the reference is a ceiling measured in the same run. Reported, never asserted.
 *
 * @param name      what is compared, e.g. "lookup / service pipeline"
 * @param value     the service's figure
 * @param reference the ceiling or the absolute target it is compared with; NaN when not measured
 * @param unit      the unit of both figures
 * @param goal      the least ratio of value to reference that meets the target
 */
record Target(String name, double value, double reference, String unit, double goal) {

    double ratio() {
        return reference > 0 ? value / reference : Double.NaN;
    }

    boolean measured() {
        return !Double.isNaN(ratio());
    }

    boolean met() {
        return measured() && ratio() >= goal;
    }
}
