window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1460678903436467712",
    "userName" : "sam_sample",
    "displayName" : "Sam Sample"
  },
  "archiveInfo" : {
    "sizeBytes" : "48213977",
    "generationDate" : "2024-03-30T09:15:42.118Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "readmeInfo" : {
    "fileName" : "data/README.txt",
    "directory" : "data/",
    "name" : "README.txt"
  },
  "dataTypes" : {
    "account" : {
      "files" : [ {
        "fileName" : "data/account.js",
        "globalName" : "YTD.account.part0",
        "count" : "1"
      } ]
    },
    "accountCreationIp" : {
      "files" : [ {
        "fileName" : "data/account-creation-ip.js",
        "globalName" : "YTD.account_creation_ip.part0",
        "count" : "1"
      } ]
    },
    "adImpressions" : {
      "files" : [ {
        "fileName" : "data/ad-impressions.js",
        "globalName" : "YTD.ad_impressions.part0",
        "count" : "2"
      } ]
    },
    "ipAudit" : {
      "files" : [ {
        "fileName" : "data/ip-audit.js",
        "globalName" : "YTD.ip_audit.part0",
        "count" : "3"
      } ]
    },
    "personalization" : {
      "files" : [ {
        "fileName" : "data/personalization.js",
        "globalName" : "YTD.personalization.part0",
        "count" : "1"
      } ]
    },
    "tweets" : {
      "mediaDirectory" : "data/tweets_media",
      "files" : [ {
        "fileName" : "data/tweets.js",
        "globalName" : "YTD.tweets.part0",
        "count" : "3"
      }, {
        "fileName" : "data/tweets-part1.js",
        "globalName" : "YTD.tweets.part1",
        "count" : "1"
      } ]
    }
  }
}
