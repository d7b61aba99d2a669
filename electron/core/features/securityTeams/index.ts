// What other features use of securityTeams/; everything else in the folder is its own.
export { insertSecurityTeam, listSecurityTeams } from './service.ts';
export { rateTeams, teamRatingSheet } from './rating.ts';
