export { contentToSign, type SignedMessageParts } from './content.js';
export { formatSignatureHeader, parseSignatureHeader, SignatureHeaderError, type SignatureHeader } from './header.js';
export { KeyFormatError, keyFingerprint, parsePrivateKey, parsePublicKey, publicKeyToBase64 } from './keys.js';
export {
  signMessage,
  signMessageAsync,
  verifyMessage,
  verifySignatureHeader,
  type SignatureCheck,
} from './signature.js';
