package com.dashify.identity.bench.ceiling;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The ceiling's JAX-RS application, at the root of its WAR ({@code /ceiling}). */
@ApplicationPath("/")
public class CeilingApplication extends Application {
}
