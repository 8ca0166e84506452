import { ledgerAnalysesContract } from './ledger-analyses.contract.js'
import { TEST_ENGINE } from './helpers/store.js'

// CI runs the whole suite twice: once as is (SQLite) and once with CLAIMTRAIL_TEST_DB set (PostgreSQL).
ledgerAnalysesContract(TEST_ENGINE)
