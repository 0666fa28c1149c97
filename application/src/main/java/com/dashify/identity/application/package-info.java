/**
 * The use cases of Dashify Identity, one package per capability ({@code user}, {@code token},
 * {@code session}, {@code credential}, {@code passkey}, {@code sso}, {@code audit}, {@code tenant},
 * {@code dashboard}; {@code group} is next). Each capability has the same three rooms: {@code port.in}
 * (the use-case interfaces, with their commands and the refusals they report), {@code port.out}
 * (what its use cases need from storage and other systems) and {@code service} (the plain classes
 * behind the in-ports). What several capabilities share is in {@code common} and {@code query}; every
 * change of a user's state goes through {@code user.lifecycle}, a fourth room of {@code user} that
 * other capabilities' services may use. No Jakarta types: bootstrap makes each use-case call one
 * transaction.
 */
package com.dashify.identity.application;
