// GENERATED from openapi.yaml by scripts/generate.mjs (the contract as data). Do not edit: run `npm run generate`.
/* eslint-disable */
import type { ContractDocument } from '../validation/contract-types.js';
/** The OpenAPI document, for validating requests and responses. */
export const contract: ContractDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "Client portal API",
    "version": "1.0.0",
    "summary": "What a care-record backend offers to the embeddable client portal.",
    "description": "The contract between the client portal widgets and any care-record backend (ECD).\n\n* **Sessions.** The session is a `__Host-portal-session` cookie (HttpOnly, Secure,\n  SameSite=Strict) set by `POST /auth/sign-in`. No token ever travels in a URL or a body.\n* **Cross-site protection.** Every state-changing request (POST, PUT, DELETE) must carry the\n  header `X-Portal-Request: 1` (the `portalRequest` security scheme). A browser cannot send a\n  custom header cross-site without a CORS preflight, which the server refuses; requests without\n  it get `403 csrf_check_failed`.\n* **Sign-in** is a server-driven sequence of steps: `password` → `code` → `password-change` →\n  `terms` → `invitations` → `signed-in`. Each answer names the next step; a step cannot be\n  skipped or taken out of order (`409 step_out_of_order`). Each step that raises what the\n  session may do (code verified, password changed, signed in) sets a new session id and ends\n  the previous one.\n* **Codes** sent by SMS are 6 random digits behind a 4-digit prefix that the screen shows\n  (`4479-123456`). They are single use, bound to the challenge (and purpose) that created them,\n  expire after 10 minutes, and a challenge is void after 5 wrong tries.\n* **Errors** are RFC 9457 `application/problem+json` with a stable machine `code`. Every\n  operation documents the shared answers: `400` (a bad path id, an unknown query parameter, a\n  body that does not match), `405` with `Allow`, `429` with `Retry-After`, `500` and `503` with\n  `Retry-After`; operations that take a body also `413` and `415`.\n* **Request bodies** are at most 64 kB (65,536 bytes) unless the operation names a larger limit\n  in `x-max-body-bytes`; more gives `413 payload_too_large`, counted while reading. A body must\n  have one of the media types the operation's `requestBody` lists (`application/json`,\n  optionally with `charset=utf-8`), else `415 unsupported_media_type`.\n* **Caching.** Every answer carries `Cache-Control: no-store` and\n  `X-Content-Type-Options: nosniff`; documents also `Content-Disposition: attachment`.\n* **Idempotency.** Every POST that creates something requires an `Idempotency-Key` header. The\n  same key with the same body returns the stored result; with a different body `422\n  idempotency_key_reused`; while the first is still being processed `409 idempotency_key_in_use`.\n* **Lists that grow** are paginated with an opaque `cursor` and accept a `from`/`to` range.\n* **Sections.** Every client-scoped call checks the section the person was granted for that\n  client, named in the operation's `x-section` (`403 forbidden_section`). A client the person\n  may not act for is `404 not_found`. Revoking a section takes effect on the next call.\n* **Access log.** Every read or change of a client's record is logged with the actor and the\n  client acted for (`GET /clients/{clientId}/access-log`); never a code or a password.\n* Every operation names the feature ids of the specification it serves in `x-features`.\n",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    }
  },
  "x-max-body-bytes": 65536,
  "servers": [
    {
      "url": "https://portaal.zorg.example/api/v1",
      "description": "production - an organisation's portal backend, on the same site as the pages that embed the widgets.",
      "x-internal": false
    },
    {
      "url": "http://127.0.0.1:4010/api/v1",
      "description": "local - the mock backend (`npm run mock`).",
      "x-internal": true
    }
  ],
  "security": [
    {
      "sessionCookie": []
    }
  ],
  "tags": [
    {
      "name": "auth",
      "description": "Signing in step by step, passwords, terms, invitations, signing out."
    },
    {
      "name": "session",
      "description": "Who is signed in, for which clients, and until when."
    },
    {
      "name": "start",
      "description": "The start screen's summary and the freshness of the data."
    },
    {
      "name": "appointments",
      "description": "Care appointments (read only) and the user's own appointments."
    },
    {
      "name": "messages",
      "description": "Conversations with the care team and relatives, and the bulletin board."
    },
    {
      "name": "dossier",
      "description": "Reports, timeline, measurements, questionnaires and care plans."
    },
    {
      "name": "details",
      "description": "The client's profile and care team."
    },
    {
      "name": "access",
      "description": "Who has access to the client's portal, and who looked at the record."
    }
  ],
  "paths": {
    "/auth/sign-in": {
      "post": {
        "tags": [
          "auth"
        ],
        "operationId": "signIn",
        "summary": "Start signing in with username and password.",
        "description": "Sets the `__Host-portal-session` cookie for the sign-in that follows. A wrong username or\npassword gives the same `401 invalid_credentials` whether or not the username exists. After\na few wrong passwords each next try, per username and per source, waits a growing delay\n(NIST SP 800-63B 5.2.2): too soon gives `429 too_many_attempts` with `Retry-After` seconds,\nalso for the right password. A username waits at most a minute, so nobody can lock its\nowner out; the SMS code stays the second factor. With the `new-device`\npolicy a trusted-device cookie skips the code step, and an SMS code is sent at once\notherwise; with the `every-sign-in` policy the user asks for the code.\n",
        "x-features": [
          "C1",
          "C2",
          "P1"
        ],
        "security": [
          {
            "portalRequest": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SignInRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The password was right; the state names the next step.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              },
              "Set-Cookie": {
                "$ref": "#/components/headers/SetSessionCookie"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SignInState"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/auth/state": {
      "get": {
        "tags": [
          "auth"
        ],
        "operationId": "getSignInState",
        "summary": "Where the current sign-in stands.",
        "x-features": [
          "C1",
          "C2",
          "C3",
          "C5",
          "P1",
          "P2"
        ],
        "security": [
          {
            "sessionCookie": []
          }
        ],
        "responses": {
          "200": {
            "description": "The current step.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SignInState"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/auth/code": {
      "post": {
        "tags": [
          "auth"
        ],
        "operationId": "requestSignInCode",
        "summary": "Send an SMS sign-in code (or a new one).",
        "description": "Only in the `code` step. Creates a new challenge (the previous one becomes void) and sends\n`prefix-digits` by SMS. Asking again before `resendAvailableAt` gives `429\ntoo_many_requests` with `Retry-After`.\n",
        "x-features": [
          "P1",
          "C2"
        ],
        "security": [
          {
            "sessionCookie": [],
            "portalRequest": []
          }
        ],
        "responses": {
          "200": {
            "description": "A code was sent; the state carries the challenge with the prefix.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SignInState"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/auth/code/verify": {
      "post": {
        "tags": [
          "auth"
        ],
        "operationId": "verifySignInCode",
        "summary": "Check the SMS code (\"Code controleren\").",
        "description": "The 6 digits after the prefix. A wrong code gives `422 code_invalid` with the tries left;\nafter 5 wrong tries the challenge is void (`422 too_many_attempts`); after 10 minutes\n`422 code_expired`. With `trustDevice` (policy `new-device`) a long-lived device cookie is\nset so this device skips the code next time.\n",
        "x-features": [
          "P1",
          "C2"
        ],
        "security": [
          {
            "sessionCookie": [],
            "portalRequest": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/VerifyCodeRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The code was right; the state names the next step.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              },
              "Set-Cookie": {
                "$ref": "#/components/headers/SetDeviceCookie"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SignInState"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/auth/password": {
      "post": {
        "tags": [
          "auth"
        ],
        "operationId": "changePassword",
        "summary": "Change the password (first sign-in, or any time from the profile).",
        "description": "In the `password-change` step of a first sign-in, or when signed in. Passwords are 8 to\n128 characters, with no composition rules; common passwords are refused (`422\npassword_rejected`). A wrong current password gives `422 password_incorrect`.\n",
        "x-features": [
          "C3",
          "P2",
          "P3"
        ],
        "security": [
          {
            "sessionCookie": [],
            "portalRequest": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ChangePasswordRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Changed; the state names the next step.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              },
              "Set-Cookie": {
                "$ref": "#/components/headers/RenewedSessionCookie"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SignInState"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/auth/terms": {
      "get": {
        "tags": [
          "auth"
        ],
        "operationId": "getTerms",
        "summary": "The current terms of use.",
        "x-features": [
          "P2"
        ],
        "security": [
          {
            "sessionCookie": []
          }
        ],
        "responses": {
          "200": {
            "description": "The terms to read and accept.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Terms"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "post": {
        "tags": [
          "auth"
        ],
        "operationId": "acceptTerms",
        "summary": "Accept the terms of use (first sign-in, or a new version).",
        "x-features": [
          "P2"
        ],
        "security": [
          {
            "sessionCookie": [],
            "portalRequest": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AcceptTermsRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Accepted; the state names the next step.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              },
              "Set-Cookie": {
                "$ref": "#/components/headers/RenewedSessionCookie"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SignInState"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/auth/invitations": {
      "get": {
        "tags": [
          "auth"
        ],
        "operationId": "listInvitations",
        "summary": "Invitations waiting for an answer.",
        "x-features": [
          "C5",
          "C12"
        ],
        "security": [
          {
            "sessionCookie": []
          }
        ],
        "responses": {
          "200": {
            "description": "The pending invitations.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Invitation"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/auth/invitations/{invitationId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/InvitationId"
        }
      ],
      "post": {
        "tags": [
          "auth"
        ],
        "operationId": "answerInvitation",
        "summary": "Accept or decline an invitation (\"Uitnodigingen\").",
        "x-features": [
          "C5"
        ],
        "security": [
          {
            "sessionCookie": [],
            "portalRequest": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AnswerInvitationRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Answered; the state names the next step.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              },
              "Set-Cookie": {
                "$ref": "#/components/headers/RenewedSessionCookie"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SignInState"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/auth/sign-out": {
      "post": {
        "tags": [
          "auth"
        ],
        "operationId": "signOut",
        "summary": "End the session on the server.",
        "description": "Always succeeds, also without a session; the session cookie is cleared.",
        "x-features": [
          "C13",
          "X8"
        ],
        "security": [
          {
            "portalRequest": []
          }
        ],
        "responses": {
          "204": {
            "description": "Signed out.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              },
              "Set-Cookie": {
                "$ref": "#/components/headers/ClearSessionCookie"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/auth/password-reset": {
      "post": {
        "tags": [
          "auth"
        ],
        "operationId": "requestPasswordReset",
        "summary": "Forgotten password - e-mail a reset link.",
        "description": "Answers `202` in the same way whether or not the username and e-mail address belong to an\naccount; only when they do is an e-mail with a link sent. The link carries a single-use\ntoken that expires after 60 minutes.\n",
        "x-features": [
          "C4"
        ],
        "security": [
          {
            "portalRequest": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PasswordResetRequest"
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "If the account exists, an e-mail is on its way.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/auth/password-reset/confirm": {
      "post": {
        "tags": [
          "auth"
        ],
        "operationId": "confirmPasswordReset",
        "summary": "Set a new password with the token from the e-mail.",
        "x-features": [
          "C4"
        ],
        "security": [
          {
            "portalRequest": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ConfirmPasswordResetRequest"
              }
            }
          }
        },
        "responses": {
          "204": {
            "description": "The password was changed; sign in with it.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/session": {
      "get": {
        "tags": [
          "session"
        ],
        "operationId": "getSession",
        "summary": "Who is signed in, the clients they act for and the sections granted per client.",
        "description": "Reading the session does not extend it, so a page may check the remaining time. Every\nother call with the session resets the idle timeout.\n",
        "x-features": [
          "X7",
          "X8",
          "C12",
          "P10"
        ],
        "security": [
          {
            "sessionCookie": []
          }
        ],
        "responses": {
          "200": {
            "description": "The signed-in session.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Session"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/session/keep-alive": {
      "post": {
        "tags": [
          "session"
        ],
        "operationId": "keepAlive",
        "summary": "Stay signed in (resets the idle timeout, not the absolute one).",
        "x-features": [
          "X8"
        ],
        "security": [
          {
            "sessionCookie": [],
            "portalRequest": []
          }
        ],
        "responses": {
          "200": {
            "description": "The session with its new idle expiry.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Session"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/summary": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        }
      ],
      "get": {
        "tags": [
          "start"
        ],
        "operationId": "getSummary",
        "summary": "Counts for the start screen, per granted section, and what is new since the last visit.",
        "x-features": [
          "C6",
          "P4",
          "X3"
        ],
        "responses": {
          "200": {
            "description": "The summary.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Summary"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/sync-status": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        }
      ],
      "get": {
        "tags": [
          "start"
        ],
        "operationId": "getSyncStatus",
        "summary": "When the care record was last copied to the portal, and when next.",
        "x-features": [
          "C10"
        ],
        "responses": {
          "200": {
            "description": "The synchronisation status.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SyncStatus"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/appointments": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        }
      ],
      "get": {
        "tags": [
          "appointments"
        ],
        "operationId": "listAppointments",
        "x-section": "appointments",
        "summary": "Care appointments and own appointments in a period (at most 366 days).",
        "description": "Private own appointments are shown only to the person who made them.",
        "x-features": [
          "C7",
          "C6"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/From"
          },
          {
            "$ref": "#/components/parameters/To"
          }
        ],
        "responses": {
          "200": {
            "description": "The appointments, earliest first.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "items"
                  ],
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Appointment"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "post": {
        "tags": [
          "appointments"
        ],
        "operationId": "createAppointment",
        "x-section": "appointments",
        "summary": "Add an own appointment, public (care staff may see it) or private.",
        "x-features": [
          "C7"
        ],
        "security": [
          {
            "sessionCookie": [],
            "portalRequest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AppointmentInput"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Added.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Appointment"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/appointments/{appointmentId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        },
        {
          "$ref": "#/components/parameters/AppointmentId"
        }
      ],
      "put": {
        "tags": [
          "appointments"
        ],
        "operationId": "updateAppointment",
        "x-section": "appointments",
        "summary": "Change an own appointment. Care appointments are read only (`403 read_only`).",
        "x-features": [
          "C7"
        ],
        "security": [
          {
            "sessionCookie": [],
            "portalRequest": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AppointmentInput"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Changed.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Appointment"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "delete": {
        "tags": [
          "appointments"
        ],
        "operationId": "deleteAppointment",
        "x-section": "appointments",
        "summary": "Delete an own appointment. Care appointments are read only (`403 read_only`).",
        "x-features": [
          "C7"
        ],
        "security": [
          {
            "sessionCookie": [],
            "portalRequest": []
          }
        ],
        "responses": {
          "204": {
            "description": "Deleted.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/appointments/{appointmentId}/change-request": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        },
        {
          "$ref": "#/components/parameters/AppointmentId"
        }
      ],
      "post": {
        "tags": [
          "appointments"
        ],
        "operationId": "requestVisitChange",
        "x-section": "appointments",
        "summary": "On a care appointment, tell the care team \"I am not home\" or ask to move the visit.",
        "description": "The planner accepts or declines; the answer shows as `changeRequest` on the appointment.\nOnly care appointments that have not started (`403 read_only` otherwise); one open\nrequest per appointment (`409 read_only` while one is open).\n",
        "x-features": [
          "X10"
        ],
        "security": [
          {
            "sessionCookie": [],
            "portalRequest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/VisitChangeRequestInput"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Sent; the appointment with its change request.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Appointment"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/recipients": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        }
      ],
      "get": {
        "tags": [
          "messages"
        ],
        "operationId": "listRecipients",
        "x-section": "messages",
        "summary": "Who a message can be sent to - the care team and the client's contacts with portal access.",
        "x-features": [
          "C8",
          "C11"
        ],
        "responses": {
          "200": {
            "description": "The possible recipients.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Recipient"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/messages": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        }
      ],
      "get": {
        "tags": [
          "messages"
        ],
        "operationId": "listMessages",
        "x-section": "messages",
        "summary": "All messages the person may read, across conversations, newest first (the messages block).",
        "x-features": [
          "P5",
          "C8",
          "C6"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/From"
          },
          {
            "$ref": "#/components/parameters/To"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Limit"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of messages.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MessagePage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/conversations": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        }
      ],
      "get": {
        "tags": [
          "messages"
        ],
        "operationId": "listConversations",
        "x-section": "messages",
        "summary": "The conversations the person takes part in, the most recently active first.",
        "x-features": [
          "C8",
          "X3"
        ],
        "responses": {
          "200": {
            "description": "The conversations with their unread counts.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Conversation"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "post": {
        "tags": [
          "messages"
        ],
        "operationId": "startConversation",
        "x-section": "messages",
        "summary": "Send a first message to one or several recipients, which starts a conversation.",
        "x-features": [
          "C8",
          "X2"
        ],
        "security": [
          {
            "sessionCookie": [],
            "portalRequest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/StartConversationRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The new conversation.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Conversation"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/conversations/{conversationId}/messages": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        },
        {
          "$ref": "#/components/parameters/ConversationId"
        }
      ],
      "get": {
        "tags": [
          "messages"
        ],
        "operationId": "listConversationMessages",
        "x-section": "messages",
        "summary": "The messages of one conversation, newest first.",
        "x-features": [
          "C8",
          "P5"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/From"
          },
          {
            "$ref": "#/components/parameters/To"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Limit"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of messages.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MessagePage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "post": {
        "tags": [
          "messages"
        ],
        "operationId": "sendMessage",
        "x-section": "messages",
        "summary": "Send a message in a conversation (\"Stuur\").",
        "x-features": [
          "C8",
          "P5",
          "X2"
        ],
        "security": [
          {
            "sessionCookie": [],
            "portalRequest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SendMessageRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Sent.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Message"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/conversations/{conversationId}/read": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        },
        {
          "$ref": "#/components/parameters/ConversationId"
        }
      ],
      "post": {
        "tags": [
          "messages"
        ],
        "operationId": "markConversationRead",
        "x-section": "messages",
        "summary": "Mark the conversation read up to and including a message.",
        "x-features": [
          "X3"
        ],
        "security": [
          {
            "sessionCookie": [],
            "portalRequest": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MarkReadRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The conversation with its new unread count.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Conversation"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/bulletin": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        }
      ],
      "get": {
        "tags": [
          "messages"
        ],
        "operationId": "listBulletinPosts",
        "x-section": "bulletin",
        "summary": "The bulletin board (\"prikbord\"), newest first.",
        "x-features": [
          "C11",
          "C6"
        ],
        "responses": {
          "200": {
            "description": "The posts.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/BulletinPost"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "post": {
        "tags": [
          "messages"
        ],
        "operationId": "createBulletinPost",
        "x-section": "bulletin",
        "summary": "Post a short announcement to all of the client's contacts.",
        "x-features": [
          "C11"
        ],
        "security": [
          {
            "sessionCookie": [],
            "portalRequest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BulletinPostInput"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Posted.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BulletinPost"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/bulletin/{postId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        },
        {
          "$ref": "#/components/parameters/PostId"
        }
      ],
      "delete": {
        "tags": [
          "messages"
        ],
        "operationId": "deleteBulletinPost",
        "x-section": "bulletin",
        "summary": "Remove one's own post (`403 read_only` for someone else's).",
        "x-features": [
          "C11"
        ],
        "security": [
          {
            "sessionCookie": [],
            "portalRequest": []
          }
        ],
        "responses": {
          "204": {
            "description": "Removed.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "put": {
        "tags": [
          "messages"
        ],
        "operationId": "updateBulletinPost",
        "x-section": "bulletin",
        "summary": "Change the text of one's own post (`403 read_only` for someone else's).",
        "x-features": [
          "C11"
        ],
        "security": [
          {
            "sessionCookie": [],
            "portalRequest": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BulletinPostInput"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Changed.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BulletinPost"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/attachments": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        }
      ],
      "post": {
        "tags": [
          "messages"
        ],
        "operationId": "uploadAttachment",
        "summary": "Upload a photo or PDF to attach to a message or to one's own report.",
        "description": "The body is the file itself. The server checks the real type by its first bytes (JPEG\n`FF D8 FF`, PNG `89 50 4E 47`, HEIC `ftyp` with a HEIF brand, PDF `%PDF-`), not by its name:\ncontent that does not match the declared Content-Type, or of another type, is `415\nunsupported_media_type`; more than `x-max-body-bytes` is `413 payload_too_large`. The\nattachment belongs to the person who uploaded it until a message or report uses it\n(`attachmentIds`); that request carries the Idempotency-Key, so an upload needs none.\n",
        "x-features": [
          "X9",
          "C8",
          "C9"
        ],
        "x-max-body-bytes": 10485760,
        "security": [
          {
            "sessionCookie": [],
            "portalRequest": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "image/jpeg": {
              "schema": {
                "type": "string",
                "contentMediaType": "image/jpeg"
              }
            },
            "image/png": {
              "schema": {
                "type": "string",
                "contentMediaType": "image/png"
              }
            },
            "image/heic": {
              "schema": {
                "type": "string",
                "contentMediaType": "image/heic"
              }
            },
            "application/pdf": {
              "schema": {
                "type": "string",
                "contentMediaType": "application/pdf"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Uploaded; use its id in `attachmentIds`.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Attachment"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/attachments/{attachmentId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        },
        {
          "$ref": "#/components/parameters/AttachmentId"
        }
      ],
      "get": {
        "tags": [
          "messages"
        ],
        "operationId": "getAttachment",
        "summary": "Download an attachment, for its uploader and those who may read the message or report it is on.",
        "x-features": [
          "X9"
        ],
        "responses": {
          "200": {
            "description": "The file, as a download.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              },
              "Content-Disposition": {
                "$ref": "#/components/headers/ContentDisposition"
              },
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/ContentTypeOptions"
              }
            },
            "content": {
              "image/jpeg": {
                "schema": {
                  "type": "string",
                  "contentMediaType": "image/jpeg"
                }
              },
              "image/png": {
                "schema": {
                  "type": "string",
                  "contentMediaType": "image/png"
                }
              },
              "image/heic": {
                "schema": {
                  "type": "string",
                  "contentMediaType": "image/heic"
                }
              },
              "application/pdf": {
                "schema": {
                  "type": "string",
                  "contentMediaType": "application/pdf"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/reports": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        }
      ],
      "get": {
        "tags": [
          "dossier"
        ],
        "operationId": "listReports",
        "x-section": "reports",
        "summary": "Reports in a period, newest first. Without `from`, the last 7 days.",
        "x-features": [
          "C9",
          "P4",
          "P6"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/From"
          },
          {
            "$ref": "#/components/parameters/To"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Limit"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of reports.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReportPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "post": {
        "tags": [
          "dossier"
        ],
        "operationId": "createReport",
        "x-section": "reports",
        "summary": "The client (or a relative for them) writes a report into the dossier.",
        "x-features": [
          "C9"
        ],
        "security": [
          {
            "sessionCookie": [],
            "portalRequest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ReportInput"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Written.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Report"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/reports/export": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        }
      ],
      "get": {
        "tags": [
          "dossier"
        ],
        "operationId": "exportReports",
        "x-section": "reports",
        "summary": "A printable PDF overview of the reports in a period (at most 366 days).",
        "x-features": [
          "P6"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/From"
          },
          {
            "$ref": "#/components/parameters/To"
          }
        ],
        "responses": {
          "200": {
            "description": "The overview.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              },
              "Content-Disposition": {
                "$ref": "#/components/headers/ContentDisposition"
              },
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/ContentTypeOptions"
              }
            },
            "content": {
              "application/pdf": {
                "schema": {
                  "type": "string",
                  "contentMediaType": "application/pdf"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/timeline": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        }
      ],
      "get": {
        "tags": [
          "dossier"
        ],
        "operationId": "listTimeline",
        "x-section": "reports",
        "summary": "What was added to the dossier when, newest first, limited to the granted sections.",
        "x-features": [
          "C9"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/From"
          },
          {
            "$ref": "#/components/parameters/To"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Limit"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of timeline entries.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TimelinePage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/measurement-kinds": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        }
      ],
      "get": {
        "tags": [
          "dossier"
        ],
        "operationId": "listMeasurementKinds",
        "x-section": "measurements",
        "summary": "The kinds of measurement taken for this client, with unit and reference range.",
        "x-features": [
          "P7"
        ],
        "responses": {
          "200": {
            "description": "The kinds.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/MeasurementKind"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/measurements": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        }
      ],
      "get": {
        "tags": [
          "dossier"
        ],
        "operationId": "listMeasurements",
        "x-section": "measurements",
        "summary": "Measurements, newest first, optionally of one kind.",
        "x-features": [
          "P7",
          "P4"
        ],
        "parameters": [
          {
            "name": "kind",
            "in": "query",
            "description": "Only measurements of this kind.",
            "schema": {
              "$ref": "#/components/schemas/MeasurementKindCode"
            }
          },
          {
            "$ref": "#/components/parameters/From"
          },
          {
            "$ref": "#/components/parameters/To"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Limit"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of measurements.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MeasurementPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/questionnaires": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        }
      ],
      "get": {
        "tags": [
          "dossier"
        ],
        "operationId": "listQuestionnaires",
        "x-section": "questionnaires",
        "summary": "Questionnaires the care team sent, open and completed.",
        "x-features": [
          "C9",
          "X4"
        ],
        "responses": {
          "200": {
            "description": "The questionnaires, newest first.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/QuestionnaireSummary"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/questionnaires/{questionnaireId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        },
        {
          "$ref": "#/components/parameters/QuestionnaireId"
        }
      ],
      "get": {
        "tags": [
          "dossier"
        ],
        "operationId": "getQuestionnaire",
        "x-section": "questionnaires",
        "summary": "One questionnaire with its questions and, when completed, the answers.",
        "x-features": [
          "C9",
          "X4"
        ],
        "responses": {
          "200": {
            "description": "The questionnaire.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Questionnaire"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/questionnaires/{questionnaireId}/responses": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        },
        {
          "$ref": "#/components/parameters/QuestionnaireId"
        }
      ],
      "post": {
        "tags": [
          "dossier"
        ],
        "operationId": "submitQuestionnaire",
        "x-section": "questionnaires",
        "summary": "Fill in an open questionnaire. Every required question must be answered.",
        "x-features": [
          "X4"
        ],
        "security": [
          {
            "sessionCookie": [],
            "portalRequest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/QuestionnaireResponseInput"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Stored; the questionnaire is completed.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Questionnaire"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/plans": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        }
      ],
      "get": {
        "tags": [
          "dossier"
        ],
        "operationId": "listPlans",
        "x-section": "plans",
        "summary": "The care plan's versions, newest first.",
        "x-features": [
          "P8",
          "C9"
        ],
        "responses": {
          "200": {
            "description": "The plan versions.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Plan"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/plans/{planId}/document": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        },
        {
          "$ref": "#/components/parameters/PlanId"
        }
      ],
      "get": {
        "tags": [
          "dossier"
        ],
        "operationId": "getPlanDocument",
        "x-section": "plans",
        "summary": "Download a plan version as a PDF.",
        "x-features": [
          "P8"
        ],
        "responses": {
          "200": {
            "description": "The plan document.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              },
              "Content-Disposition": {
                "$ref": "#/components/headers/ContentDisposition"
              },
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/ContentTypeOptions"
              }
            },
            "content": {
              "application/pdf": {
                "schema": {
                  "type": "string",
                  "contentMediaType": "application/pdf"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/plans/{planId}/decision-code": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        },
        {
          "$ref": "#/components/parameters/PlanId"
        }
      ],
      "post": {
        "tags": [
          "dossier"
        ],
        "operationId": "requestPlanDecisionCode",
        "x-section": "plans",
        "summary": "Send the SMS code that confirms signing or rejecting this plan version.",
        "x-features": [
          "P8"
        ],
        "security": [
          {
            "sessionCookie": [],
            "portalRequest": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PlanDecisionCodeRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "A code was sent.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Challenge"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/plans/{planId}/decision": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        },
        {
          "$ref": "#/components/parameters/PlanId"
        }
      ],
      "post": {
        "tags": [
          "dossier"
        ],
        "operationId": "decidePlan",
        "x-section": "plans",
        "summary": "Sign (approve) or reject a plan version, confirmed with the SMS code.",
        "description": "Bound to the plan version: if the plan changed since the code was requested, `409\nplan_changed`; a plan already decided, `409 plan_already_decided`. Only a code from a\nplan-decision challenge for this plan and decision confirms it.\n",
        "x-features": [
          "P8"
        ],
        "security": [
          {
            "sessionCookie": [],
            "portalRequest": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PlanDecisionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Decided.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Plan"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/profile": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        }
      ],
      "get": {
        "tags": [
          "details"
        ],
        "operationId": "getProfile",
        "x-section": "profile",
        "summary": "The client's details as recorded in the dossier (read only).",
        "x-features": [
          "C11",
          "P9"
        ],
        "responses": {
          "200": {
            "description": "The profile.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Profile"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/care-team": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        }
      ],
      "get": {
        "tags": [
          "details"
        ],
        "operationId": "listCareTeam",
        "x-section": "profile",
        "summary": "The care staff directly involved, with their roles.",
        "x-features": [
          "C11"
        ],
        "responses": {
          "200": {
            "description": "The care team.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/CareTeamMember"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/correction-requests": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        }
      ],
      "get": {
        "tags": [
          "details"
        ],
        "operationId": "listCorrectionRequests",
        "x-section": "profile",
        "summary": "The requests to correct the record, newest first, with their status and the care team's answer.",
        "description": "Requests about a report are listed only to people who may see the reports too.\n",
        "x-features": [
          "X11"
        ],
        "responses": {
          "200": {
            "description": "The requests.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/CorrectionRequest"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "post": {
        "tags": [
          "details"
        ],
        "operationId": "createCorrectionRequest",
        "x-section": "profile",
        "summary": "Ask the care team to correct a detail of the profile or a report (\"Klopt dit niet?\").",
        "description": "The request goes to the care team with status `sent`; the record itself is not changed\n(only the care team changes it, P9). A request about a report also needs the `reports`\nsection (`403 forbidden_section`), and the report must be one of this client's (`404`).\n",
        "x-features": [
          "X11",
          "P9"
        ],
        "security": [
          {
            "sessionCookie": [],
            "portalRequest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CorrectionRequestInput"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Sent to the care team.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CorrectionRequest"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/people": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        }
      ],
      "get": {
        "tags": [
          "access"
        ],
        "operationId": "listPeople",
        "x-section": "people",
        "summary": "The people with (or waiting for) access to this client's portal (\"Gebruikersbeheer\").",
        "x-features": [
          "C12",
          "P10"
        ],
        "responses": {
          "200": {
            "description": "The people.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/Person"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "post": {
        "tags": [
          "access"
        ],
        "operationId": "addPerson",
        "x-section": "people",
        "summary": "Add a person; they appear in the list without any sections.",
        "x-features": [
          "C12",
          "P10"
        ],
        "security": [
          {
            "sessionCookie": [],
            "portalRequest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PersonInput"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Added, without access.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Person"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/people/{personId}/sections": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        },
        {
          "$ref": "#/components/parameters/PersonId"
        }
      ],
      "put": {
        "tags": [
          "access"
        ],
        "operationId": "setPersonSections",
        "x-section": "people",
        "summary": "Choose the sections a person may use.",
        "description": "Takes effect on the person's next call. The first time a person gets any section, they\nreceive an e-mail with sign-in details and an invitation to accept. Nobody changes their\nown sections (`403 cannot_change_own_access`).\n",
        "x-features": [
          "C12",
          "P10"
        ],
        "security": [
          {
            "sessionCookie": [],
            "portalRequest": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SetSectionsRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The person with the new sections.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Person"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/people/{personId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        },
        {
          "$ref": "#/components/parameters/PersonId"
        }
      ],
      "delete": {
        "tags": [
          "access"
        ],
        "operationId": "revokePerson",
        "x-section": "people",
        "summary": "Remove a person and every section they had; takes effect on their next call.",
        "x-features": [
          "C12",
          "P10"
        ],
        "security": [
          {
            "sessionCookie": [],
            "portalRequest": []
          }
        ],
        "responses": {
          "204": {
            "description": "Removed.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/clients/{clientId}/access-log": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ClientId"
        }
      ],
      "get": {
        "tags": [
          "access"
        ],
        "operationId": "listAccessLog",
        "x-section": "access-log",
        "summary": "Who looked at or changed the client's record, newest first.",
        "x-features": [
          "X5"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/From"
          },
          {
            "$ref": "#/components/parameters/To"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Limit"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of log entries.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/CacheControl"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AccessLogPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "sessionCookie": {
        "type": "apiKey",
        "in": "cookie",
        "name": "__Host-portal-session",
        "description": "The session cookie (HttpOnly, Secure, SameSite=Strict), set by `POST /auth/sign-in`."
      },
      "portalRequest": {
        "type": "apiKey",
        "in": "header",
        "name": "X-Portal-Request",
        "description": "Cross-site protection. Every POST, PUT and DELETE carries `X-Portal-Request: 1`."
      }
    },
    "headers": {
      "SetSessionCookie": {
        "description": "`__Host-portal-session=…; Path=/; Secure; HttpOnly; SameSite=Strict`",
        "schema": {
          "type": "string"
        }
      },
      "ClearSessionCookie": {
        "description": "`__Host-portal-session=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Strict`",
        "schema": {
          "type": "string"
        }
      },
      "SetDeviceCookie": {
        "description": "A new session id (the code raised the session; the previous id has ended): `__Host-portal-session=…; Path=/; Secure; HttpOnly; SameSite=Strict`; when the device became trusted also `__Host-portal-device=…; Path=/; Max-Age=31536000; Secure; HttpOnly; SameSite=Strict`",
        "schema": {
          "type": "string"
        }
      },
      "RenewedSessionCookie": {
        "description": "When the step raised the session (password changed, signed in): a new session id, the previous one has ended. `__Host-portal-session=…; Path=/; Secure; HttpOnly; SameSite=Strict`",
        "schema": {
          "type": "string"
        }
      },
      "RetryAfter": {
        "description": "Seconds to wait before trying again.",
        "schema": {
          "type": "integer",
          "minimum": 0
        }
      },
      "CacheControl": {
        "description": "Every answer is `no-store`, so care-record data stays out of browser and proxy caches.",
        "schema": {
          "type": "string",
          "const": "no-store"
        }
      },
      "ContentTypeOptions": {
        "description": "Every answer is `nosniff`, so a browser never guesses another type than the one sent.",
        "schema": {
          "type": "string",
          "const": "nosniff"
        }
      },
      "ContentDisposition": {
        "description": "A document is a download: `attachment; filename=\"…\"`.",
        "schema": {
          "type": "string"
        }
      },
      "Allow": {
        "description": "The methods this path has (RFC 9110).",
        "schema": {
          "type": "string"
        }
      }
    },
    "parameters": {
      "ClientId": {
        "name": "clientId",
        "in": "path",
        "required": true,
        "description": "The client whose portal this is.",
        "schema": {
          "$ref": "#/components/schemas/Id"
        }
      },
      "AppointmentId": {
        "name": "appointmentId",
        "in": "path",
        "required": true,
        "description": "The appointment.",
        "schema": {
          "$ref": "#/components/schemas/Id"
        }
      },
      "ConversationId": {
        "name": "conversationId",
        "in": "path",
        "required": true,
        "description": "The conversation.",
        "schema": {
          "$ref": "#/components/schemas/Id"
        }
      },
      "PostId": {
        "name": "postId",
        "in": "path",
        "required": true,
        "description": "The bulletin post.",
        "schema": {
          "$ref": "#/components/schemas/Id"
        }
      },
      "AttachmentId": {
        "name": "attachmentId",
        "in": "path",
        "required": true,
        "description": "The attachment.",
        "schema": {
          "$ref": "#/components/schemas/Id"
        }
      },
      "QuestionnaireId": {
        "name": "questionnaireId",
        "in": "path",
        "required": true,
        "description": "The questionnaire.",
        "schema": {
          "$ref": "#/components/schemas/Id"
        }
      },
      "PlanId": {
        "name": "planId",
        "in": "path",
        "required": true,
        "description": "The plan version.",
        "schema": {
          "$ref": "#/components/schemas/Id"
        }
      },
      "PersonId": {
        "name": "personId",
        "in": "path",
        "required": true,
        "description": "The person with access.",
        "schema": {
          "$ref": "#/components/schemas/Id"
        }
      },
      "InvitationId": {
        "name": "invitationId",
        "in": "path",
        "required": true,
        "description": "The invitation.",
        "schema": {
          "$ref": "#/components/schemas/Id"
        }
      },
      "From": {
        "name": "from",
        "in": "query",
        "description": "Only items at or after this moment.",
        "schema": {
          "type": "string",
          "format": "date-time"
        }
      },
      "To": {
        "name": "to",
        "in": "query",
        "description": "Only items before this moment.",
        "schema": {
          "type": "string",
          "format": "date-time"
        }
      },
      "Cursor": {
        "name": "cursor",
        "in": "query",
        "description": "The `nextCursor` of the previous page.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 200
        }
      },
      "Limit": {
        "name": "limit",
        "in": "query",
        "description": "Items per page.",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 20
        }
      },
      "IdempotencyKey": {
        "name": "Idempotency-Key",
        "in": "header",
        "required": true,
        "description": "A unique key per creating request, the same across its retries (8 to 64 characters).",
        "schema": {
          "type": "string",
          "minLength": 8,
          "maxLength": 64,
          "pattern": "^[A-Za-z0-9_-]+$"
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "The request does not match the contract; `errors` names the fields.",
        "headers": {
          "Cache-Control": {
            "$ref": "#/components/headers/CacheControl"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "Unauthorized": {
        "description": "No session, an expired session, or (at sign-in) wrong credentials.",
        "headers": {
          "Cache-Control": {
            "$ref": "#/components/headers/CacheControl"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "Forbidden": {
        "description": "A section not granted, a read-only item, or a failed cross-site check.",
        "headers": {
          "Cache-Control": {
            "$ref": "#/components/headers/CacheControl"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "NotFound": {
        "description": "Not there, or not for this person.",
        "headers": {
          "Cache-Control": {
            "$ref": "#/components/headers/CacheControl"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "Conflict": {
        "description": "The step, version or state does not allow this now.",
        "headers": {
          "Cache-Control": {
            "$ref": "#/components/headers/CacheControl"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "Unprocessable": {
        "description": "Well formed but refused (a wrong or expired code, a rejected password, a reused idempotency key).",
        "headers": {
          "Cache-Control": {
            "$ref": "#/components/headers/CacheControl"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Too many requests or attempts; try again after `Retry-After` seconds.",
        "headers": {
          "Retry-After": {
            "$ref": "#/components/headers/RetryAfter"
          },
          "Cache-Control": {
            "$ref": "#/components/headers/CacheControl"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "MethodNotAllowed": {
        "description": "The path does not have this method (`method_not_allowed`); `Allow` lists the ones it has.",
        "headers": {
          "Allow": {
            "$ref": "#/components/headers/Allow"
          },
          "Cache-Control": {
            "$ref": "#/components/headers/CacheControl"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "PayloadTooLarge": {
        "description": "The body is larger than the operation allows (`payload_too_large`): 64 kB (65,536 bytes)\nunless the operation names another limit in `x-max-body-bytes`. Counted while reading,\nbefore the session or the body is checked.\n",
        "headers": {
          "Cache-Control": {
            "$ref": "#/components/headers/CacheControl"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "description": "The body's `Content-Type` is not one the operation's request body lists\n(`unsupported_media_type`); for JSON that is `application/json`, optionally with\n`charset=utf-8`. A body where the operation takes none is refused the same way.\n",
        "headers": {
          "Cache-Control": {
            "$ref": "#/components/headers/CacheControl"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "InternalError": {
        "description": "Something failed on the server (`internal_error`); nothing was changed.",
        "headers": {
          "Cache-Control": {
            "$ref": "#/components/headers/CacheControl"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "ServiceUnavailable": {
        "description": "The care record cannot be reached for a while (`service_unavailable`); try again after `Retry-After` seconds.",
        "headers": {
          "Retry-After": {
            "$ref": "#/components/headers/RetryAfter"
          },
          "Cache-Control": {
            "$ref": "#/components/headers/CacheControl"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      }
    },
    "schemas": {
      "OneLineText": {
        "type": "string",
        "description": "One line of text as a person types it: no control characters (U+0000-U+001F, U+007F-U+009F),\nno bidirectional controls (U+202A-U+202E, U+2066-U+2069), no zero-width or other invisible\nformat characters (Unicode category Cf), no line or paragraph separators. Stored as NFC.\n",
        "pattern": "^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]*$",
        "examples": [
          "Sanne de Vries"
        ]
      },
      "MultiLineText": {
        "type": "string",
        "description": "Text of one or more lines: as `OneLineText`, but with line breaks (LF, CR) and tabs, and the\nzero-width joiner inside emoji. Stored as NFC.\n",
        "pattern": "^(?:[\\t\\n\\r\\u200D]|[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}])*$",
        "examples": [
          "Goed geslapen.\nOntbijt om 8 uur."
        ]
      },
      "Id": {
        "type": "string",
        "description": "An opaque identifier.",
        "minLength": 1,
        "maxLength": 64,
        "pattern": "^[A-Za-z0-9_-]+$",
        "examples": [
          "cl-noah"
        ]
      },
      "Timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "A moment, in ISO 8601 with offset.",
        "examples": [
          "2026-11-20T14:00:00Z"
        ]
      },
      "Section": {
        "type": "string",
        "description": "A part of the portal that can be granted per person and client.",
        "enum": [
          "appointments",
          "messages",
          "bulletin",
          "reports",
          "measurements",
          "questionnaires",
          "plans",
          "profile",
          "people",
          "access-log"
        ],
        "examples": [
          "reports"
        ]
      },
      "ProblemCode": {
        "type": "string",
        "description": "A stable, machine-readable error code for translation in the front end.",
        "enum": [
          "validation_failed",
          "invalid_credentials",
          "too_many_attempts",
          "too_many_requests",
          "unauthenticated",
          "session_expired",
          "csrf_check_failed",
          "step_out_of_order",
          "code_invalid",
          "code_expired",
          "challenge_invalid",
          "password_incorrect",
          "password_rejected",
          "reset_token_invalid",
          "terms_outdated",
          "forbidden_section",
          "read_only",
          "cannot_change_own_access",
          "not_found",
          "idempotency_key_reused",
          "idempotency_key_in_use",
          "plan_changed",
          "plan_already_decided",
          "questionnaire_completed",
          "internal_error",
          "service_unavailable",
          "method_not_allowed",
          "payload_too_large",
          "unsupported_media_type"
        ],
        "examples": [
          "forbidden_section"
        ]
      },
      "FieldError": {
        "type": "object",
        "description": "What is wrong with one field.",
        "required": [
          "field",
          "code",
          "message"
        ],
        "properties": {
          "field": {
            "type": "string",
            "description": "Where the field is - `body.`, `query.`, `path.` or `header.` then its name (dotted for nested fields)."
          },
          "code": {
            "type": "string",
            "description": "The kind of fault (`required`, `minLength`, `maxLength`, `pattern`, `format`, `enum`, `type`, …)."
          },
          "message": {
            "type": "string",
            "description": "An English explanation for developers; the front end shows its own translation."
          }
        },
        "examples": [
          {
            "field": "body.body",
            "code": "minLength",
            "message": "must NOT have fewer than 1 characters"
          }
        ]
      },
      "Problem": {
        "type": "object",
        "description": "An RFC 9457 problem.",
        "required": [
          "type",
          "title",
          "status",
          "code"
        ],
        "properties": {
          "type": {
            "type": "string",
            "description": "A URI naming the kind of problem."
          },
          "title": {
            "type": "string",
            "description": "A short English summary."
          },
          "status": {
            "type": "integer",
            "minimum": 400,
            "maximum": 599,
            "description": "The HTTP status."
          },
          "detail": {
            "type": "string",
            "description": "An English explanation of this occurrence."
          },
          "instance": {
            "type": "string",
            "description": "The request path."
          },
          "code": {
            "$ref": "#/components/schemas/ProblemCode"
          },
          "errors": {
            "type": "array",
            "description": "Per-field errors (with `validation_failed`).",
            "items": {
              "$ref": "#/components/schemas/FieldError"
            }
          },
          "attemptsLeft": {
            "type": "integer",
            "minimum": 0,
            "description": "With `code_invalid` - how many tries the challenge has left."
          },
          "retryAfter": {
            "type": "integer",
            "minimum": 0,
            "description": "With 429 - seconds to wait (as the `Retry-After` header)."
          }
        },
        "examples": [
          {
            "type": "https://portaal.zorg.example/problems/forbidden_section",
            "title": "Section not granted",
            "status": 403,
            "code": "forbidden_section",
            "detail": "The section 'reports' was not granted for this client."
          }
        ]
      },
      "SignInStep": {
        "type": "string",
        "description": "The next thing the person must do to sign in.",
        "enum": [
          "password",
          "code",
          "password-change",
          "terms",
          "invitations",
          "signed-in"
        ],
        "examples": [
          "code"
        ]
      },
      "CodePolicy": {
        "type": "string",
        "description": "The organisation's setting - an SMS code at every sign-in (`every-sign-in`), or only on a device that is not trusted yet (`new-device`).",
        "enum": [
          "every-sign-in",
          "new-device"
        ],
        "examples": [
          "every-sign-in"
        ]
      },
      "Challenge": {
        "type": "object",
        "description": "An SMS code that was sent. The code is `prefix` + `-` + 6 digits; the user types the 6 digits.",
        "required": [
          "id",
          "purpose",
          "prefix",
          "sentTo",
          "expiresAt",
          "resendAvailableAt",
          "attemptsLeft"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "purpose": {
            "type": "string",
            "enum": [
              "sign-in",
              "plan-decision"
            ],
            "description": "What the code may confirm; a code confirms nothing else."
          },
          "prefix": {
            "type": "string",
            "pattern": "^[0-9]{4}$",
            "description": "The 4 digits already shown on screen."
          },
          "sentTo": {
            "type": "string",
            "description": "The masked mobile number the SMS went to."
          },
          "expiresAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "resendAvailableAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "attemptsLeft": {
            "type": "integer",
            "minimum": 0,
            "maximum": 5
          }
        },
        "examples": [
          {
            "id": "ch-8f2a",
            "purpose": "sign-in",
            "prefix": "4479",
            "sentTo": "06-•••••678",
            "expiresAt": "2026-11-20T14:10:00Z",
            "resendAvailableAt": "2026-11-20T14:00:30Z",
            "attemptsLeft": 5
          }
        ]
      },
      "PasswordRules": {
        "type": "object",
        "description": "The rules a new password must meet; shown before the user types.",
        "required": [
          "minLength",
          "maxLength"
        ],
        "properties": {
          "minLength": {
            "type": "integer",
            "minimum": 1
          },
          "maxLength": {
            "type": "integer",
            "minimum": 1
          }
        },
        "examples": [
          {
            "minLength": 8,
            "maxLength": 128
          }
        ]
      },
      "SignInState": {
        "type": "object",
        "description": "Where a sign-in stands and what comes next.",
        "required": [
          "step",
          "codePolicy",
          "passwordRules"
        ],
        "properties": {
          "step": {
            "$ref": "#/components/schemas/SignInStep"
          },
          "codePolicy": {
            "$ref": "#/components/schemas/CodePolicy"
          },
          "challenge": {
            "$ref": "#/components/schemas/Challenge"
          },
          "passwordRules": {
            "$ref": "#/components/schemas/PasswordRules"
          },
          "termsVersion": {
            "type": "string",
            "description": "In the `terms` step - the version to accept."
          },
          "pendingInvitations": {
            "type": "integer",
            "minimum": 0,
            "description": "In the `invitations` step - how many wait for an answer."
          }
        },
        "examples": [
          {
            "step": "code",
            "codePolicy": "every-sign-in",
            "passwordRules": {
              "minLength": 8,
              "maxLength": 128
            }
          }
        ]
      },
      "SignInRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "username",
          "password"
        ],
        "properties": {
          "username": {
            "$ref": "#/components/schemas/OneLineText",
            "minLength": 1,
            "maxLength": 100
          },
          "password": {
            "type": "string",
            "minLength": 1,
            "maxLength": 128
          }
        },
        "examples": [
          {
            "username": "e.jansen",
            "password": "correct horse battery"
          }
        ]
      },
      "VerifyCodeRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "challengeId",
          "code"
        ],
        "properties": {
          "challengeId": {
            "$ref": "#/components/schemas/Id"
          },
          "code": {
            "type": "string",
            "pattern": "^[0-9]{6}$",
            "description": "The 6 digits after the prefix."
          },
          "trustDevice": {
            "type": "boolean",
            "description": "With the `new-device` policy - remember this device."
          }
        },
        "examples": [
          {
            "challengeId": "ch-8f2a",
            "code": "123456",
            "trustDevice": true
          }
        ]
      },
      "ChangePasswordRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "currentPassword",
          "newPassword"
        ],
        "properties": {
          "currentPassword": {
            "type": "string",
            "minLength": 1,
            "maxLength": 128
          },
          "newPassword": {
            "type": "string",
            "minLength": 8,
            "maxLength": 128
          }
        },
        "examples": [
          {
            "currentPassword": "Welkom-2026",
            "newPassword": "lente in de tuin"
          }
        ]
      },
      "Terms": {
        "type": "object",
        "description": "The terms of use.",
        "required": [
          "version",
          "title",
          "text"
        ],
        "properties": {
          "version": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "text": {
            "type": "string",
            "description": "Plain text; paragraphs separated by a blank line."
          }
        },
        "examples": [
          {
            "version": "2026-01",
            "title": "Gebruiksvoorwaarden cliëntportaal",
            "text": "Het cliëntportaal is bedoeld voor…"
          }
        ]
      },
      "AcceptTermsRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version"
        ],
        "properties": {
          "version": {
            "type": "string",
            "minLength": 1,
            "maxLength": 40
          }
        },
        "examples": [
          {
            "version": "2026-01"
          }
        ]
      },
      "Invitation": {
        "type": "object",
        "description": "An invitation to use (part of) a client's portal.",
        "required": [
          "id",
          "clientName",
          "invitedBy",
          "sections",
          "invitedAt"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "clientName": {
            "type": "string"
          },
          "invitedBy": {
            "type": "string"
          },
          "sections": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Section"
            }
          },
          "invitedAt": {
            "$ref": "#/components/schemas/Timestamp"
          }
        },
        "examples": [
          {
            "id": "inv-1",
            "clientName": "Noah de Vries",
            "invitedBy": "Sanne de Vries",
            "sections": [
              "appointments",
              "messages"
            ],
            "invitedAt": "2026-11-01T09:00:00Z"
          }
        ]
      },
      "AnswerInvitationRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "decision"
        ],
        "properties": {
          "decision": {
            "type": "string",
            "enum": [
              "accept",
              "decline"
            ]
          }
        },
        "examples": [
          {
            "decision": "accept"
          }
        ]
      },
      "PasswordResetRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "username",
          "email"
        ],
        "properties": {
          "username": {
            "$ref": "#/components/schemas/OneLineText",
            "minLength": 1,
            "maxLength": 100
          },
          "email": {
            "type": "string",
            "format": "email",
            "maxLength": 254
          }
        },
        "examples": [
          {
            "username": "e.jansen",
            "email": "e.jansen@example.nl"
          }
        ]
      },
      "ConfirmPasswordResetRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "token",
          "username",
          "newPassword"
        ],
        "properties": {
          "token": {
            "type": "string",
            "minLength": 16,
            "maxLength": 128
          },
          "username": {
            "$ref": "#/components/schemas/OneLineText",
            "minLength": 1,
            "maxLength": 100
          },
          "newPassword": {
            "type": "string",
            "minLength": 8,
            "maxLength": 128
          }
        },
        "examples": [
          {
            "token": "6f1c0d7e9a2b4c3d8e7f",
            "username": "e.jansen",
            "newPassword": "lente in de tuin"
          }
        ]
      },
      "ClientAccess": {
        "type": "object",
        "description": "A client the person may act for, and what they may see.",
        "required": [
          "id",
          "name",
          "relation",
          "sections"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "name": {
            "type": "string"
          },
          "relation": {
            "type": "string",
            "enum": [
              "self",
              "parent",
              "child",
              "partner",
              "family",
              "other"
            ],
            "description": "The person's relation to the client."
          },
          "sections": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Section"
            }
          }
        },
        "examples": [
          {
            "id": "cl-noah",
            "name": "Noah de Vries",
            "relation": "parent",
            "sections": [
              "appointments",
              "messages",
              "reports"
            ]
          }
        ]
      },
      "Session": {
        "type": "object",
        "description": "The signed-in person and the limits of the session.",
        "required": [
          "user",
          "clients",
          "idleTimeoutSeconds",
          "idleExpiresAt",
          "expiresAt"
        ],
        "properties": {
          "user": {
            "type": "object",
            "required": [
              "id",
              "name",
              "username"
            ],
            "properties": {
              "id": {
                "$ref": "#/components/schemas/Id"
              },
              "name": {
                "type": "string"
              },
              "username": {
                "type": "string"
              }
            }
          },
          "clients": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ClientAccess"
            }
          },
          "idleTimeoutSeconds": {
            "type": "integer",
            "minimum": 60
          },
          "idleExpiresAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "expiresAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "previousVisitAt": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/Timestamp"
              },
              {
                "type": "null"
              }
            ],
            "description": "The start of the session before this one."
          }
        },
        "examples": [
          {
            "user": {
              "id": "u-sanne",
              "name": "Sanne de Vries",
              "username": "s.devries"
            },
            "clients": [
              {
                "id": "cl-noah",
                "name": "Noah de Vries",
                "relation": "parent",
                "sections": [
                  "appointments",
                  "messages",
                  "reports"
                ]
              }
            ],
            "idleTimeoutSeconds": 900,
            "idleExpiresAt": "2026-11-20T14:15:00Z",
            "expiresAt": "2026-11-21T02:00:00Z",
            "previousVisitAt": "2026-11-18T19:30:00Z"
          }
        ]
      },
      "Summary": {
        "type": "object",
        "description": "Counts for the start screen; a section that is not granted is left out.",
        "required": [
          "since",
          "sections"
        ],
        "properties": {
          "since": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/Timestamp"
              },
              {
                "type": "null"
              }
            ],
            "description": "The previous visit; \"new\" counts are since then."
          },
          "sections": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "section",
                "total",
                "new"
              ],
              "properties": {
                "section": {
                  "$ref": "#/components/schemas/Section"
                },
                "total": {
                  "type": "integer",
                  "minimum": 0
                },
                "new": {
                  "type": "integer",
                  "minimum": 0,
                  "description": "New since the previous visit (for messages - unread)."
                }
              }
            }
          }
        },
        "examples": [
          {
            "since": "2026-11-18T19:30:00Z",
            "sections": [
              {
                "section": "messages",
                "total": 120,
                "new": 2
              },
              {
                "section": "reports",
                "total": 340,
                "new": 5
              }
            ]
          }
        ]
      },
      "SyncStatus": {
        "type": "object",
        "description": "The care record is copied to the portal every hour between 06:00 and 24:00 (Europe/Amsterdam).",
        "required": [
          "lastSyncAt",
          "nextSyncAt",
          "intervalMinutes",
          "windowStart",
          "windowEnd",
          "timeZone"
        ],
        "properties": {
          "lastSyncAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "nextSyncAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "intervalMinutes": {
            "type": "integer",
            "minimum": 1
          },
          "windowStart": {
            "type": "string",
            "pattern": "^[0-2][0-9]:[0-5][0-9]$"
          },
          "windowEnd": {
            "type": "string",
            "pattern": "^[0-2][0-9]:[0-5][0-9]$"
          },
          "timeZone": {
            "type": "string"
          }
        },
        "examples": [
          {
            "lastSyncAt": "2026-11-20T13:00:00Z",
            "nextSyncAt": "2026-11-20T14:00:00Z",
            "intervalMinutes": 60,
            "windowStart": "06:00",
            "windowEnd": "24:00",
            "timeZone": "Europe/Amsterdam"
          }
        ]
      },
      "Author": {
        "type": "object",
        "description": "Who wrote or sent something.",
        "required": [
          "id",
          "name",
          "kind"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "name": {
            "type": "string"
          },
          "kind": {
            "type": "string",
            "enum": [
              "care-staff",
              "client",
              "contact"
            ]
          },
          "role": {
            "$ref": "#/components/schemas/CareRole"
          }
        },
        "examples": [
          {
            "id": "st-anna",
            "name": "Anna Bakker",
            "kind": "care-staff",
            "role": "nurse"
          }
        ]
      },
      "CareRole": {
        "type": "string",
        "description": "The role of a care staff member.",
        "enum": [
          "coordinator",
          "nurse",
          "pedagogical-worker"
        ],
        "examples": [
          "nurse"
        ]
      },
      "Appointment": {
        "type": "object",
        "description": "A care appointment (read only) or an own appointment.",
        "required": [
          "id",
          "kind",
          "title",
          "start",
          "end",
          "visibility",
          "editable"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "kind": {
            "type": "string",
            "enum": [
              "care",
              "own"
            ]
          },
          "title": {
            "type": "string"
          },
          "start": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "end": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "location": {
            "type": "string"
          },
          "notes": {
            "type": "string"
          },
          "visibility": {
            "type": "string",
            "enum": [
              "public",
              "private"
            ],
            "description": "`public` - care staff may see it; `private` - only its maker. Care appointments are public."
          },
          "createdBy": {
            "$ref": "#/components/schemas/Author"
          },
          "editable": {
            "type": "boolean",
            "description": "Whether this person may change or delete it."
          },
          "changeRequest": {
            "$ref": "#/components/schemas/VisitChangeRequest"
          }
        },
        "examples": [
          {
            "id": "ap-1",
            "kind": "care",
            "title": "Verpleegkundige zorg",
            "start": "2026-11-21T08:00:00Z",
            "end": "2026-11-21T08:30:00Z",
            "visibility": "public",
            "editable": false
          }
        ]
      },
      "AppointmentInput": {
        "type": "object",
        "description": "An own appointment. `end` must be after `start` (field `body.end`, code `range`). A new\nappointment, and a change that moves `start`, may not start in the past (`400\nvalidation_failed`, field `body.start`, code `past`); other changes to an appointment that\nhas already begun are allowed.\n",
        "additionalProperties": false,
        "required": [
          "title",
          "start",
          "end",
          "visibility"
        ],
        "properties": {
          "title": {
            "$ref": "#/components/schemas/OneLineText",
            "minLength": 1,
            "maxLength": 120
          },
          "start": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "end": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "location": {
            "$ref": "#/components/schemas/OneLineText",
            "maxLength": 200
          },
          "notes": {
            "$ref": "#/components/schemas/MultiLineText",
            "maxLength": 2000
          },
          "visibility": {
            "type": "string",
            "enum": [
              "public",
              "private"
            ]
          }
        },
        "examples": [
          {
            "title": "Tandarts",
            "start": "2026-11-25T10:00:00Z",
            "end": "2026-11-25T10:30:00Z",
            "visibility": "private"
          }
        ]
      },
      "VisitChangeRequest": {
        "type": "object",
        "description": "A request on a care appointment (X10) and the planner's answer.",
        "required": [
          "id",
          "kind",
          "reason",
          "status",
          "createdAt"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "kind": {
            "type": "string",
            "enum": [
              "not-home",
              "reschedule"
            ],
            "description": "`not-home` - nobody is home for this visit; `reschedule` - please come at another time."
          },
          "reason": {
            "type": "string"
          },
          "proposedStart": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "status": {
            "type": "string",
            "enum": [
              "sent",
              "accepted",
              "declined"
            ]
          },
          "answer": {
            "type": "string",
            "description": "The planner's answer, always with `declined`."
          },
          "createdAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "answeredAt": {
            "$ref": "#/components/schemas/Timestamp"
          }
        },
        "examples": [
          {
            "id": "vc-1",
            "kind": "reschedule",
            "reason": "Ik heb dan een afspraak bij de huisarts.",
            "proposedStart": "2026-11-21T10:00:00Z",
            "status": "sent",
            "createdAt": "2026-11-20T09:00:00Z"
          }
        ]
      },
      "VisitChangeRequestInput": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "kind",
          "reason"
        ],
        "properties": {
          "kind": {
            "type": "string",
            "enum": [
              "not-home",
              "reschedule"
            ]
          },
          "reason": {
            "type": "string",
            "minLength": 1,
            "maxLength": 500
          },
          "proposedStart": {
            "$ref": "#/components/schemas/Timestamp"
          }
        },
        "examples": [
          {
            "kind": "not-home",
            "reason": "Ik ben die ochtend bij mijn dochter."
          }
        ]
      },
      "Recipient": {
        "type": "object",
        "description": "Someone a message can go to.",
        "required": [
          "id",
          "name",
          "kind"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "name": {
            "type": "string"
          },
          "kind": {
            "type": "string",
            "enum": [
              "care-team",
              "care-staff",
              "client",
              "contact"
            ]
          },
          "role": {
            "$ref": "#/components/schemas/CareRole"
          },
          "usualAnswerHours": {
            "type": "integer",
            "minimum": 1,
            "maximum": 720,
            "description": "For the care team and care staff - within how many hours the organisation usually answers, when it states one."
          }
        },
        "examples": [
          {
            "id": "care-team",
            "name": "Zorgteam",
            "kind": "care-team",
            "usualAnswerHours": 24
          }
        ]
      },
      "Message": {
        "type": "object",
        "description": "One message.",
        "required": [
          "id",
          "conversationId",
          "sender",
          "body",
          "sentAt",
          "read"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "conversationId": {
            "$ref": "#/components/schemas/Id"
          },
          "sender": {
            "$ref": "#/components/schemas/Author"
          },
          "body": {
            "type": "string"
          },
          "sentAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "read": {
            "type": "boolean",
            "description": "Whether this person has read it (own messages are read)."
          },
          "readByCareTeam": {
            "type": "boolean",
            "description": "On the person's own messages in a conversation with the care team or care staff - whether someone of the care team has read it."
          },
          "attachments": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Attachment"
            }
          }
        },
        "examples": [
          {
            "id": "msg-1",
            "conversationId": "cv-1",
            "sender": {
              "id": "st-anna",
              "name": "Anna Bakker",
              "kind": "care-staff",
              "role": "nurse"
            },
            "body": "Morgen kom ik een half uur later.",
            "sentAt": "2026-11-20T09:12:00Z",
            "read": false
          }
        ]
      },
      "MessagePage": {
        "type": "object",
        "required": [
          "items",
          "nextCursor"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Message"
            }
          },
          "nextCursor": {
            "oneOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          }
        },
        "examples": [
          {
            "items": [],
            "nextCursor": null
          }
        ]
      },
      "Conversation": {
        "type": "object",
        "description": "A conversation between the person and one or several recipients.",
        "required": [
          "id",
          "participants",
          "lastMessageAt",
          "unread"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "participants": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Recipient"
            }
          },
          "lastMessage": {
            "$ref": "#/components/schemas/Message"
          },
          "lastMessageAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "unread": {
            "type": "integer",
            "minimum": 0
          }
        },
        "examples": [
          {
            "id": "cv-1",
            "participants": [
              {
                "id": "care-team",
                "name": "Zorgteam",
                "kind": "care-team"
              }
            ],
            "lastMessageAt": "2026-11-20T09:12:00Z",
            "unread": 1
          }
        ]
      },
      "StartConversationRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "recipientIds",
          "body"
        ],
        "properties": {
          "recipientIds": {
            "type": "array",
            "minItems": 1,
            "maxItems": 20,
            "uniqueItems": true,
            "items": {
              "$ref": "#/components/schemas/Id"
            }
          },
          "body": {
            "$ref": "#/components/schemas/MultiLineText",
            "minLength": 1,
            "maxLength": 2000
          },
          "attachmentIds": {
            "type": "array",
            "description": "Uploaded attachments (X9), at most 5.",
            "maxItems": 5,
            "uniqueItems": true,
            "items": {
              "$ref": "#/components/schemas/Id"
            }
          }
        },
        "examples": [
          {
            "recipientIds": [
              "care-team"
            ],
            "body": "Kan de zorg morgen om 9 uur komen?"
          }
        ]
      },
      "SendMessageRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "body"
        ],
        "properties": {
          "body": {
            "$ref": "#/components/schemas/MultiLineText",
            "minLength": 1,
            "maxLength": 2000
          },
          "attachmentIds": {
            "type": "array",
            "description": "Uploaded attachments (X9), at most 5.",
            "maxItems": 5,
            "uniqueItems": true,
            "items": {
              "$ref": "#/components/schemas/Id"
            }
          }
        },
        "examples": [
          {
            "body": "Dank u wel!"
          }
        ]
      },
      "MarkReadRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "upToMessageId"
        ],
        "properties": {
          "upToMessageId": {
            "$ref": "#/components/schemas/Id"
          }
        },
        "examples": [
          {
            "upToMessageId": "msg-1"
          }
        ]
      },
      "BulletinPost": {
        "type": "object",
        "description": "A short announcement to all contacts.",
        "required": [
          "id",
          "author",
          "text",
          "postedAt",
          "deletable"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "author": {
            "$ref": "#/components/schemas/Author"
          },
          "text": {
            "type": "string"
          },
          "postedAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "deletable": {
            "type": "boolean"
          }
        },
        "examples": [
          {
            "id": "bp-1",
            "author": {
              "id": "u-sanne",
              "name": "Sanne de Vries",
              "kind": "contact"
            },
            "text": "Noah is deze week jarig!",
            "postedAt": "2026-11-19T18:00:00Z",
            "deletable": true
          }
        ]
      },
      "BulletinPostInput": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "text"
        ],
        "properties": {
          "text": {
            "$ref": "#/components/schemas/MultiLineText",
            "minLength": 1,
            "maxLength": 500
          }
        },
        "examples": [
          {
            "text": "Vrijdag zijn we niet thuis."
          }
        ]
      },
      "AttachmentMediaType": {
        "type": "string",
        "description": "The kinds of file that can be attached (X9); the server checks the content, not the name.",
        "enum": [
          "image/jpeg",
          "image/png",
          "image/heic",
          "application/pdf"
        ],
        "examples": [
          "image/jpeg"
        ]
      },
      "Attachment": {
        "type": "object",
        "description": "A photo or PDF on a message or report.",
        "required": [
          "id",
          "name",
          "mediaType",
          "size"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "name": {
            "type": "string",
            "description": "A name for the download, e.g. \"foto-1.jpg\"."
          },
          "mediaType": {
            "$ref": "#/components/schemas/AttachmentMediaType"
          },
          "size": {
            "type": "integer",
            "minimum": 1,
            "description": "In bytes."
          }
        },
        "examples": [
          {
            "id": "at-1",
            "name": "foto-1.jpg",
            "mediaType": "image/jpeg",
            "size": 482133
          }
        ]
      },
      "Report": {
        "type": "object",
        "description": "A report (rapportage) in the dossier.",
        "required": [
          "id",
          "title",
          "body",
          "author",
          "createdAt"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "title": {
            "type": "string"
          },
          "body": {
            "type": "string"
          },
          "author": {
            "$ref": "#/components/schemas/Author"
          },
          "createdAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "category": {
            "type": "string",
            "description": "The kind of report, e.g. \"Verzorging\", \"Medicatie\"."
          },
          "attachments": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Attachment"
            }
          }
        },
        "examples": [
          {
            "id": "rp-1",
            "title": "Ochtendzorg",
            "body": "Noah heeft goed geslapen. Sonde-voeding zonder problemen gegeven.",
            "author": {
              "id": "st-anna",
              "name": "Anna Bakker",
              "kind": "care-staff",
              "role": "nurse"
            },
            "createdAt": "2026-11-20T08:45:00Z",
            "category": "Verzorging"
          }
        ]
      },
      "ReportInput": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "title",
          "body"
        ],
        "properties": {
          "title": {
            "$ref": "#/components/schemas/OneLineText",
            "minLength": 1,
            "maxLength": 120
          },
          "body": {
            "$ref": "#/components/schemas/MultiLineText",
            "minLength": 1,
            "maxLength": 5000
          },
          "attachmentIds": {
            "type": "array",
            "description": "Uploaded attachments (X9), at most 5.",
            "maxItems": 5,
            "uniqueItems": true,
            "items": {
              "$ref": "#/components/schemas/Id"
            }
          }
        },
        "examples": [
          {
            "title": "Weekend thuis",
            "body": "Noah had zaterdag koorts, zondag ging het beter."
          }
        ]
      },
      "ReportPage": {
        "type": "object",
        "required": [
          "items",
          "nextCursor"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Report"
            }
          },
          "nextCursor": {
            "oneOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          }
        },
        "examples": [
          {
            "items": [],
            "nextCursor": null
          }
        ]
      },
      "TimelineEntry": {
        "type": "object",
        "description": "Something added to the dossier.",
        "required": [
          "id",
          "type",
          "title",
          "occurredAt",
          "refId"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "type": {
            "type": "string",
            "enum": [
              "report",
              "questionnaire",
              "plan"
            ]
          },
          "title": {
            "type": "string"
          },
          "occurredAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "refId": {
            "$ref": "#/components/schemas/Id"
          }
        },
        "examples": [
          {
            "id": "tl-rp-1",
            "type": "report",
            "title": "Ochtendzorg",
            "occurredAt": "2026-11-20T08:45:00Z",
            "refId": "rp-1"
          }
        ]
      },
      "TimelinePage": {
        "type": "object",
        "required": [
          "items",
          "nextCursor"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TimelineEntry"
            }
          },
          "nextCursor": {
            "oneOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          }
        },
        "examples": [
          {
            "items": [],
            "nextCursor": null
          }
        ]
      },
      "MeasurementKindCode": {
        "type": "string",
        "description": "A kind of measurement.",
        "enum": [
          "weight",
          "temperature",
          "pulse",
          "blood-pressure-systolic",
          "blood-pressure-diastolic",
          "blood-glucose",
          "oxygen-saturation"
        ],
        "examples": [
          "weight"
        ]
      },
      "MeasurementKind": {
        "type": "object",
        "description": "A kind of measurement with its unit and reference range.",
        "required": [
          "code",
          "name",
          "unit",
          "decimals"
        ],
        "properties": {
          "code": {
            "$ref": "#/components/schemas/MeasurementKindCode"
          },
          "name": {
            "type": "string",
            "description": "The name in the care record (Dutch)."
          },
          "unit": {
            "type": "string"
          },
          "decimals": {
            "type": "integer",
            "minimum": 0,
            "maximum": 3
          },
          "referenceRange": {
            "type": "object",
            "required": [
              "low",
              "high"
            ],
            "properties": {
              "low": {
                "type": "number"
              },
              "high": {
                "type": "number"
              }
            }
          }
        },
        "examples": [
          {
            "code": "temperature",
            "name": "Temperatuur",
            "unit": "°C",
            "decimals": 1,
            "referenceRange": {
              "low": 36,
              "high": 37.5
            }
          }
        ]
      },
      "Measurement": {
        "type": "object",
        "description": "One measured value.",
        "required": [
          "id",
          "kind",
          "value",
          "measuredAt"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "kind": {
            "$ref": "#/components/schemas/MeasurementKindCode"
          },
          "value": {
            "type": "number"
          },
          "measuredAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "measuredBy": {
            "$ref": "#/components/schemas/Author"
          },
          "note": {
            "type": "string"
          }
        },
        "examples": [
          {
            "id": "ms-1",
            "kind": "temperature",
            "value": 37.2,
            "measuredAt": "2026-11-20T08:30:00Z"
          }
        ]
      },
      "MeasurementPage": {
        "type": "object",
        "required": [
          "items",
          "nextCursor"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Measurement"
            }
          },
          "nextCursor": {
            "oneOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          }
        },
        "examples": [
          {
            "items": [],
            "nextCursor": null
          }
        ]
      },
      "QuestionnaireSummary": {
        "type": "object",
        "description": "A questionnaire in the list.",
        "required": [
          "id",
          "title",
          "status",
          "sentAt"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "title": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "open",
              "completed"
            ]
          },
          "sentAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "dueAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "completedAt": {
            "$ref": "#/components/schemas/Timestamp"
          }
        },
        "examples": [
          {
            "id": "qn-1",
            "title": "Tevredenheid over de zorg",
            "status": "open",
            "sentAt": "2026-11-10T09:00:00Z"
          }
        ]
      },
      "Question": {
        "type": "object",
        "description": "One question.",
        "required": [
          "id",
          "text",
          "type",
          "required"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "text": {
            "type": "string"
          },
          "type": {
            "type": "string",
            "enum": [
              "text",
              "choice",
              "scale",
              "yes-no"
            ]
          },
          "required": {
            "type": "boolean"
          },
          "options": {
            "type": "array",
            "description": "With `choice` - the options to choose from.",
            "items": {
              "type": "string"
            }
          },
          "min": {
            "type": "integer",
            "description": "With `scale` - the lowest value."
          },
          "max": {
            "type": "integer",
            "description": "With `scale` - the highest value."
          }
        },
        "examples": [
          {
            "id": "q1",
            "text": "Hoe tevreden bent u over de zorg?",
            "type": "scale",
            "required": true,
            "min": 1,
            "max": 5
          }
        ]
      },
      "Answer": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "questionId",
          "value"
        ],
        "properties": {
          "questionId": {
            "$ref": "#/components/schemas/Id"
          },
          "value": {
            "description": "Text for `text` and `choice`, a whole number for `scale`, true or false for `yes-no`.",
            "oneOf": [
              {
                "type": "string",
                "maxLength": 2000
              },
              {
                "type": "integer"
              },
              {
                "type": "boolean"
              }
            ]
          }
        },
        "examples": [
          {
            "questionId": "q1",
            "value": 4
          }
        ]
      },
      "Questionnaire": {
        "allOf": [
          {
            "$ref": "#/components/schemas/QuestionnaireSummary"
          },
          {
            "type": "object",
            "required": [
              "questions"
            ],
            "properties": {
              "introduction": {
                "type": "string"
              },
              "questions": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Question"
                }
              },
              "answers": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Answer"
                }
              }
            }
          }
        ],
        "examples": [
          {
            "id": "qn-1",
            "title": "Tevredenheid over de zorg",
            "status": "open",
            "sentAt": "2026-11-10T09:00:00Z",
            "questions": [
              {
                "id": "q1",
                "text": "Hoe tevreden bent u over de zorg?",
                "type": "scale",
                "required": true,
                "min": 1,
                "max": 5
              }
            ]
          }
        ]
      },
      "QuestionnaireResponseInput": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "answers"
        ],
        "properties": {
          "answers": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/Answer"
            }
          }
        },
        "examples": [
          {
            "answers": [
              {
                "questionId": "q1",
                "value": 4
              }
            ]
          }
        ]
      },
      "Plan": {
        "type": "object",
        "description": "A version of the care plan (zorgplan / cliëntplan).",
        "required": [
          "id",
          "version",
          "title",
          "createdAt",
          "status",
          "sections"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "version": {
            "type": "integer",
            "minimum": 1,
            "description": "Increases whenever the plan changes."
          },
          "title": {
            "type": "string"
          },
          "createdAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "status": {
            "type": "string",
            "enum": [
              "awaiting-decision",
              "signed",
              "rejected",
              "superseded"
            ]
          },
          "decidedAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "decidedBy": {
            "type": "string"
          },
          "rejectionReason": {
            "type": "string"
          },
          "sections": {
            "type": "array",
            "maxItems": 50,
            "description": "The plan's text in its parts, in order - the situation, the goals, the agreements about the care (the actions), the evaluation.",
            "items": {
              "$ref": "#/components/schemas/PlanSection"
            }
          }
        },
        "examples": [
          {
            "id": "pl-2",
            "version": 2,
            "title": "Zorgplan 2026",
            "createdAt": "2026-11-01T10:00:00Z",
            "status": "awaiting-decision",
            "sections": [
              {
                "heading": "Doelen",
                "text": "Mevrouw blijft veilig thuis wonen.\nDe bloedsuiker blijft tussen 4 en 10 mmol/l."
              }
            ]
          }
        ]
      },
      "PlanSection": {
        "type": "object",
        "description": "One part of a care plan - a heading (\"Doelen\", \"Afspraken over de zorg\") and its text, one point per line.",
        "additionalProperties": false,
        "required": [
          "heading",
          "text"
        ],
        "properties": {
          "heading": {
            "$ref": "#/components/schemas/OneLineText"
          },
          "text": {
            "$ref": "#/components/schemas/MultiLineText"
          }
        },
        "examples": [
          {
            "heading": "Afspraken over de zorg",
            "text": "Elke ochtend: hulp bij douchen.\nOm de dag: wondzorg."
          }
        ]
      },
      "PlanDecision": {
        "type": "string",
        "enum": [
          "sign",
          "reject"
        ],
        "description": "Sign (approve) or reject.",
        "examples": [
          "sign"
        ]
      },
      "PlanDecisionCodeRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "decision",
          "version"
        ],
        "properties": {
          "decision": {
            "$ref": "#/components/schemas/PlanDecision"
          },
          "version": {
            "type": "integer",
            "minimum": 1,
            "description": "The version the user read."
          }
        },
        "examples": [
          {
            "decision": "sign",
            "version": 2
          }
        ]
      },
      "PlanDecisionRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "decision",
          "version",
          "challengeId",
          "code"
        ],
        "properties": {
          "decision": {
            "$ref": "#/components/schemas/PlanDecision"
          },
          "version": {
            "type": "integer",
            "minimum": 1
          },
          "challengeId": {
            "$ref": "#/components/schemas/Id"
          },
          "code": {
            "type": "string",
            "pattern": "^[0-9]{6}$"
          },
          "reason": {
            "$ref": "#/components/schemas/MultiLineText",
            "maxLength": 1000,
            "description": "With `reject` - why (optional)."
          }
        },
        "examples": [
          {
            "decision": "reject",
            "version": 2,
            "challengeId": "ch-9b1c",
            "code": "654321",
            "reason": "De avondzorg klopt niet."
          }
        ]
      },
      "Address": {
        "type": "object",
        "required": [
          "street",
          "postalCode",
          "city"
        ],
        "properties": {
          "street": {
            "type": "string"
          },
          "postalCode": {
            "type": "string"
          },
          "city": {
            "type": "string"
          }
        },
        "examples": [
          {
            "street": "Lindelaan 12",
            "postalCode": "1234 AB",
            "city": "Hilversum"
          }
        ]
      },
      "Profile": {
        "type": "object",
        "description": "The client's details as recorded in the dossier. Read only; for wrong data contact the care team.",
        "required": [
          "name",
          "dateOfBirth",
          "address",
          "contacts"
        ],
        "properties": {
          "name": {
            "type": "string"
          },
          "dateOfBirth": {
            "type": "string",
            "format": "date"
          },
          "address": {
            "$ref": "#/components/schemas/Address"
          },
          "phone": {
            "type": "string"
          },
          "email": {
            "type": "string"
          },
          "insurance": {
            "type": "object",
            "required": [
              "insurer",
              "policyNumber"
            ],
            "properties": {
              "insurer": {
                "type": "string"
              },
              "policyNumber": {
                "type": "string"
              }
            }
          },
          "gp": {
            "type": "object",
            "description": "The general practitioner (huisarts).",
            "required": [
              "name"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "practice": {
                "type": "string"
              },
              "phone": {
                "type": "string"
              }
            }
          },
          "contacts": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "name",
                "relation"
              ],
              "properties": {
                "name": {
                  "type": "string"
                },
                "relation": {
                  "type": "string"
                },
                "phone": {
                  "type": "string"
                },
                "email": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "Noah de Vries",
            "dateOfBirth": "2019-03-14",
            "address": {
              "street": "Lindelaan 12",
              "postalCode": "1234 AB",
              "city": "Hilversum"
            },
            "contacts": [
              {
                "name": "Sanne de Vries",
                "relation": "Moeder"
              }
            ]
          }
        ]
      },
      "CareTeamMember": {
        "type": "object",
        "description": "A care staff member directly involved.",
        "required": [
          "id",
          "name",
          "role"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "name": {
            "type": "string"
          },
          "role": {
            "$ref": "#/components/schemas/CareRole"
          },
          "phone": {
            "type": "string"
          }
        },
        "examples": [
          {
            "id": "st-anna",
            "name": "Anna Bakker",
            "role": "nurse"
          }
        ]
      },
      "ProfileField": {
        "type": "string",
        "description": "A detail of the profile a correction request can be about.",
        "enum": [
          "name",
          "date-of-birth",
          "address",
          "phone",
          "email",
          "insurance",
          "gp",
          "contacts"
        ],
        "examples": [
          "address"
        ]
      },
      "CorrectionSubject": {
        "type": "object",
        "description": "What a correction request is about - a detail of the profile (`field`) or a report (`reportId`).",
        "additionalProperties": false,
        "required": [
          "kind"
        ],
        "properties": {
          "kind": {
            "type": "string",
            "enum": [
              "profile",
              "report"
            ]
          },
          "field": {
            "$ref": "#/components/schemas/ProfileField"
          },
          "reportId": {
            "$ref": "#/components/schemas/Id"
          }
        },
        "examples": [
          {
            "kind": "profile",
            "field": "address"
          },
          {
            "kind": "report",
            "reportId": "rp-12"
          }
        ]
      },
      "CorrectionStatus": {
        "type": "string",
        "description": "`sent` - waiting for the care team; `in-progress` - being handled; `corrected` - the record was corrected; `declined` - not corrected (see `declineReason`).",
        "enum": [
          "sent",
          "in-progress",
          "corrected",
          "declined"
        ],
        "examples": [
          "sent"
        ]
      },
      "CorrectionRequestInput": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "subject",
          "wrong",
          "correct"
        ],
        "properties": {
          "subject": {
            "$ref": "#/components/schemas/CorrectionSubject"
          },
          "wrong": {
            "type": "string",
            "minLength": 1,
            "maxLength": 1000,
            "description": "What is wrong (several lines allowed; not only spaces)."
          },
          "correct": {
            "type": "string",
            "minLength": 1,
            "maxLength": 300,
            "pattern": "^[^\\r\\n]*$",
            "description": "What it should be (one line; not only spaces)."
          }
        },
        "examples": [
          {
            "subject": {
              "kind": "profile",
              "field": "phone"
            },
            "wrong": "Mijn telefoonnummer is veranderd.",
            "correct": "035 - 123 45 99"
          }
        ]
      },
      "CorrectionRequest": {
        "type": "object",
        "description": "A request to the care team to correct the record (X11).",
        "required": [
          "id",
          "subject",
          "wrong",
          "correct",
          "status",
          "createdAt",
          "updatedAt",
          "requestedBy"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "subject": {
            "$ref": "#/components/schemas/CorrectionSubject"
          },
          "reportTitle": {
            "type": "string",
            "description": "With a report - its title."
          },
          "wrong": {
            "type": "string"
          },
          "correct": {
            "type": "string"
          },
          "status": {
            "$ref": "#/components/schemas/CorrectionStatus"
          },
          "declineReason": {
            "type": "string",
            "description": "With `declined` - why the care team did not correct it."
          },
          "requestedBy": {
            "type": "string",
            "description": "The name of the person who sent the request."
          },
          "createdAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updatedAt": {
            "$ref": "#/components/schemas/Timestamp"
          }
        },
        "examples": [
          {
            "id": "cr-1",
            "subject": {
              "kind": "profile",
              "field": "phone"
            },
            "wrong": "Mijn telefoonnummer is veranderd.",
            "correct": "035 - 123 45 99",
            "status": "declined",
            "declineReason": "Dit nummer kunnen wij niet bellen. Wilt u het nog eens nakijken?",
            "requestedBy": "Els Jansen",
            "createdAt": "2026-11-18T10:00:00Z",
            "updatedAt": "2026-11-19T09:00:00Z"
          }
        ]
      },
      "Person": {
        "type": "object",
        "description": "A person with (or without yet) access to this client's portal.",
        "required": [
          "id",
          "name",
          "email",
          "relation",
          "sections",
          "status",
          "isSelf"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "name": {
            "type": "string"
          },
          "email": {
            "type": "string"
          },
          "phone": {
            "type": "string"
          },
          "relation": {
            "type": "string"
          },
          "sections": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Section"
            }
          },
          "status": {
            "type": "string",
            "enum": [
              "no-access",
              "invited",
              "active"
            ],
            "description": "`no-access` - added, no sections; `invited` - sections given, invitation not yet accepted; `active`."
          },
          "isSelf": {
            "type": "boolean",
            "description": "Whether this is the signed-in person."
          }
        },
        "examples": [
          {
            "id": "pe-1",
            "name": "Mark de Vries",
            "email": "mark@example.nl",
            "relation": "Vader",
            "sections": [
              "appointments"
            ],
            "status": "active",
            "isSelf": false
          }
        ]
      },
      "PersonInput": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name",
          "email",
          "phone",
          "relation"
        ],
        "properties": {
          "name": {
            "$ref": "#/components/schemas/OneLineText",
            "minLength": 1,
            "maxLength": 100
          },
          "email": {
            "type": "string",
            "format": "email",
            "maxLength": 254
          },
          "phone": {
            "type": "string",
            "pattern": "^\\+?[0-9 ()-]{8,20}$",
            "description": "The mobile number for sign-in codes."
          },
          "relation": {
            "$ref": "#/components/schemas/OneLineText",
            "minLength": 1,
            "maxLength": 60
          }
        },
        "examples": [
          {
            "name": "Oma Jansen",
            "email": "oma@example.nl",
            "phone": "0612345678",
            "relation": "Oma"
          }
        ]
      },
      "SetSectionsRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "sections"
        ],
        "properties": {
          "sections": {
            "type": "array",
            "uniqueItems": true,
            "items": {
              "$ref": "#/components/schemas/Section"
            }
          }
        },
        "examples": [
          {
            "sections": [
              "appointments",
              "messages"
            ]
          }
        ]
      },
      "AccessLogEntry": {
        "type": "object",
        "description": "One read or change of the client's record. Never holds a code or password.",
        "required": [
          "id",
          "at",
          "actor",
          "action",
          "resource",
          "origin"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "actor": {
            "type": "object",
            "required": [
              "name",
              "kind"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "kind": {
                "type": "string",
                "enum": [
                  "client",
                  "contact",
                  "care-staff"
                ]
              }
            }
          },
          "onBehalfOf": {
            "type": "string",
            "description": "The client the actor acted for."
          },
          "action": {
            "type": "string",
            "enum": [
              "read",
              "write"
            ]
          },
          "resource": {
            "type": "string",
            "description": "What was read or changed (a section name)."
          },
          "origin": {
            "$ref": "#/components/schemas/AccessOrigin"
          }
        },
        "examples": [
          {
            "id": "al-1",
            "at": "2026-11-20T08:50:00Z",
            "actor": {
              "name": "Anna Bakker",
              "kind": "care-staff"
            },
            "onBehalfOf": "Noah de Vries",
            "action": "read",
            "resource": "reports",
            "origin": {
              "channel": "care-record",
              "address": "10.20.0.x",
              "device": "computer"
            }
          }
        ]
      },
      "AccessOrigin": {
        "type": "object",
        "description": "Where a read or change came from (NEN 7513) - the channel, the network address as the server saw it, and the kind of device.",
        "required": [
          "channel",
          "device"
        ],
        "properties": {
          "channel": {
            "type": "string",
            "enum": [
              "portal",
              "care-record"
            ],
            "description": "`portal` - through this portal; `care-record` - in the organisation's care record (ECD)."
          },
          "address": {
            "type": "string",
            "maxLength": 64,
            "description": "The IP address the server saw, its last part hidden (`192.0.2.x`, `2001:db8:85a3:x`)."
          },
          "device": {
            "type": "string",
            "enum": [
              "computer",
              "phone",
              "tablet",
              "unknown"
            ],
            "description": "The kind of device, from the browser's User-Agent."
          }
        },
        "examples": [
          {
            "channel": "portal",
            "address": "192.0.2.x",
            "device": "phone"
          }
        ]
      },
      "AccessLogPage": {
        "type": "object",
        "required": [
          "items",
          "nextCursor"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AccessLogEntry"
            }
          },
          "nextCursor": {
            "oneOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          }
        },
        "examples": [
          {
            "items": [],
            "nextCursor": null
          }
        ]
      }
    }
  }
};
