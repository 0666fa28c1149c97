// Dashify passkeys: the browser's half of the WebAuthn ceremonies. The server gives the options
// (with a challenge it keeps for this browser) and verifies the answer; this script only passes
// them between the server and navigator.credentials, in WebAuthn's JSON form.
(function () {
    'use strict';

    function bytes(base64url) {
        var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
        var binary = atob(base64 + '='.repeat((4 - base64.length % 4) % 4));
        var result = new Uint8Array(binary.length);
        for (var i = 0; i < binary.length; i++) {
            result[i] = binary.charCodeAt(i);
        }
        return result.buffer;
    }

    function base64url(buffer) {
        var binary = '';
        new Uint8Array(buffer).forEach(function (b) { binary += String.fromCharCode(b); });
        return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    }

    function withIds(list) {
        return (list || []).map(function (c) { return Object.assign({}, c, {id: bytes(c.id)}); });
    }

    // Browsers that know WebAuthn's JSON form parse it themselves; others get the same by hand.
    function creationOptions(json) {
        if (PublicKeyCredential.parseCreationOptionsFromJSON) {
            return PublicKeyCredential.parseCreationOptionsFromJSON(json);
        }
        return Object.assign({}, json, {
            challenge: bytes(json.challenge),
            user: Object.assign({}, json.user, {id: bytes(json.user.id)}),
            excludeCredentials: withIds(json.excludeCredentials)
        });
    }

    function requestOptions(json) {
        if (PublicKeyCredential.parseRequestOptionsFromJSON) {
            return PublicKeyCredential.parseRequestOptionsFromJSON(json);
        }
        return Object.assign({}, json, {
            challenge: bytes(json.challenge),
            allowCredentials: withIds(json.allowCredentials)
        });
    }

    function credentialJson(credential) {
        if (typeof credential.toJSON === 'function') {
            return credential.toJSON();
        }
        var r = credential.response;
        var response = {clientDataJSON: base64url(r.clientDataJSON)};
        if (r.attestationObject) {
            response.attestationObject = base64url(r.attestationObject);
            response.transports = r.getTransports ? r.getTransports() : [];
        } else {
            response.authenticatorData = base64url(r.authenticatorData);
            response.signature = base64url(r.signature);
            if (r.userHandle) {
                response.userHandle = base64url(r.userHandle);
            }
        }
        return {
            id: credential.id,
            rawId: base64url(credential.rawId),
            type: credential.type,
            authenticatorAttachment: credential.authenticatorAttachment,
            clientExtensionResults: credential.getClientExtensionResults(),
            response: response
        };
    }

    function post(url, body) {
        return fetch(url, {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json'},
            body: JSON.stringify(body || {})
        }).then(function (answer) {
            return answer.json().catch(function () { return {}; }).then(function (data) {
                if (!answer.ok) {
                    throw new Error(data.error || 'Dashify answered ' + answer.status + '. Try again.');
                }
                return data;
            });
        });
    }

    function explain(error) {
        if (error && error.name === 'NotAllowedError') {
            return 'The passkey prompt was cancelled or timed out.';
        }
        if (error && error.name === 'InvalidStateError') {
            return 'This device already has a passkey for your account.';
        }
        return (error && error.message) || 'Something went wrong. Try again.';
    }

    function supported(status) {
        if (!window.PublicKeyCredential || !navigator.credentials) {
            status.textContent = 'This browser does not support passkeys.';
            return false;
        }
        return true;
    }

    document.addEventListener('DOMContentLoaded', function () {
        var register = document.querySelector('[data-passkey-register]');
        if (register) {
            var base = register.getAttribute('data-passkey-register');
            var status = document.getElementById('passkeyStatus');
            var button = document.getElementById('addPasskeyButton');
            button.addEventListener('click', function () {
                if (!supported(status)) {
                    return;
                }
                button.disabled = true;
                status.textContent = 'Follow your browser\u2019s prompt\u2026';
                post(base + '/options').then(function (options) {
                    return navigator.credentials.create({publicKey: creationOptions(options)});
                }).then(function (credential) {
                    return post(base + '/register', {
                        name: document.getElementById('passkeyName').value,
                        credential: credentialJson(credential)
                    });
                }).then(function () {
                    window.location.reload();
                }).catch(function (error) {
                    status.textContent = explain(error);
                    button.disabled = false;
                });
            });
        }

        var signIn = document.querySelector('[data-passkey-sign-in]');
        if (signIn) {
            var signInBase = signIn.getAttribute('data-passkey-sign-in');
            var signInStatus = document.getElementById('passkeyError');
            signIn.addEventListener('click', function () {
                if (!supported(signInStatus)) {
                    return;
                }
                signIn.disabled = true;
                signInStatus.textContent = '';
                post(signInBase + '/options').then(function (options) {
                    return navigator.credentials.get({publicKey: requestOptions(options)});
                }).then(function (credential) {
                    return post(signInBase + '/sign-in', credentialJson(credential));
                }).then(function (result) {
                    window.location.assign(result.redirect);
                }).catch(function (error) {
                    signInStatus.textContent = explain(error);
                    signIn.disabled = false;
                });
            });
        }
    });
}());
