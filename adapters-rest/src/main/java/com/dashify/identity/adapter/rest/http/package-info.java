/** HTTP details shared by the SCIM and the Dashify API adapters. */
package com.dashify.identity.adapter.rest.http;
