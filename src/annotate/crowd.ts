/** @deprecated The crowd extractor is ./crowd/ (index.ts); this path stays for the importers outside src/annotate. */
export { annotateCrowdClaims, findCrowdClaims, type CrowdClaim, type CrowdClaimFound, type CrowdEventRef } from './crowd/index.js';
