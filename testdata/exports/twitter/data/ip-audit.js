window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "1460678903436467712",
      "createdAt" : "2024-03-29T21:04:51.000Z",
      "loginIp" : "203.0.113.41",
      "loginPortNumber" : "51812"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1460678903436467712",
      "createdAt" : "2024-03-27T08:12:03.000Z",
      "loginIp" : "2001:db8:85a3::8a2e:370:7334",
      "loginPortNumber" : "443"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "1460678903436467712",
      "createdAt" : "2024-03-20T13:55:17.000Z",
      "loginIp" : "198.51.100.200"
    }
  }
]
