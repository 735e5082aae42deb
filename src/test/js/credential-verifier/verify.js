// Checks every *.json credential in a folder with Digital Bazaar's verifiers, which share no code with
// Maharat's Java signer: @digitalbazaar/vc (VC data model checks), data-integrity with the
// eddsa-rdfc-2022 cryptosuite (rdf-canonize for RDFC-1.0), did:key resolved locally, and
// vc-bitstring-status-list to read a credential's revocation bit from a status list found in the same
// folder. Nothing is fetched: contexts are Maharat's bundled copies (and the DID context from its npm
// package); any other address is refused.
//
// Usage: node verify.js <folder>
// Prints one JSON line per file: {"file", "verified", "revoked" (true/false, null when not checked), "error"}.
import {readFileSync, readdirSync} from 'node:fs';
import {join, dirname} from 'node:path';
import {fileURLToPath} from 'node:url';
import {createRequire} from 'node:module';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {driver as didKeyDriver} from '@digitalbazaar/did-method-key';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {checkStatus} from '@digitalbazaar/vc-bitstring-status-list';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const bundled = join(here, '..', '..', '..', 'main', 'resources', 'ma', 'maharat', 'certificate', 'contexts');

const documents = new Map([
  ['https://www.w3.org/ns/credentials/v2', 'credentials-v2.jsonld'],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', 'ob-v3p0-3.0.3.jsonld'],
  ['https://w3id.org/security/data-integrity/v2', 'data-integrity-v2.jsonld'],
  ['https://w3id.org/security/multikey/v1', 'multikey-v1.jsonld'],
].map(([url, file]) => [url, JSON.parse(readFileSync(join(bundled, file), 'utf8'))]));
const didContext = require('did-context');
documents.set(didContext.CONTEXT_URL, didContext.CONTEXT);

const didKey = didKeyDriver();
didKey.use({multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from});

async function documentLoader(url) {
  if(documents.has(url)) {
    return {contextUrl: null, documentUrl: url, document: structuredClone(documents.get(url))};
  }
  if(url.startsWith('did:key:')) {
    return {contextUrl: null, documentUrl: url, document: await didKey.get({url})};
  }
  throw new Error(`refused to load ${url}: only bundled contexts and did:key`);
}

const folder = process.argv[2];
if(!folder) {
  console.error('usage: node verify.js <folder>');
  process.exit(2);
}
const files = readdirSync(folder).filter(name => name.endsWith('.json')).sort();
const credentials = files.map(file => {
  const text = readFileSync(join(folder, file), 'utf8');
  try {
    return {file, credential: JSON.parse(text)};
  } catch(e) {
    return {file, error: `not JSON: ${e.message}`};
  }
});
// Status lists in the folder are served at their own address.
for(const {credential} of credentials) {
  if(credential?.type?.includes?.('BitstringStatusListCredential') && !documents.has(credential.id)) {
    documents.set(credential.id, credential);
  }
}

const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});
for(const {file, credential, error} of credentials) {
  if(error) {
    console.log(JSON.stringify({file, verified: false, revoked: null, error}));
    continue;
  }
  let line;
  try {
    const result = await vc.verifyCredential({
      credential, suite, documentLoader,
      // The signature and data model only; the status is read below, apart.
      checkStatus: async () => ({verified: true})
    });
    line = {file, verified: result.verified === true, revoked: null,
      error: result.verified ? null : describe(result)};
  } catch(e) {
    line = {file, verified: false, revoked: null, error: e.message};
  }
  const listUrl = credential.credentialStatus?.statusListCredential;
  if(line.verified && listUrl && documents.has(listUrl)) {
    const status = await checkStatus({credential, documentLoader, suite});
    if(status.verified) {
      line.revoked = status.results.some(r => r.status === true);
    } else {
      line.verified = false;
      line.error = `status: ${status.error?.message ?? 'not verified'}`;
    }
  }
  console.log(JSON.stringify(line));
}

function describe(result) {
  const errors = [];
  if(result.error) {
    errors.push(result.error.message ?? String(result.error));
    for(const e of result.error.errors ?? []) {
      errors.push(e.message ?? String(e));
    }
  }
  for(const r of result.results ?? []) {
    if(!r.verified && r.error) {
      errors.push(r.error.message ?? String(r.error));
    }
  }
  return errors.join('; ') || 'not verified';
}
