window.YTD.account_creation_ip.part0 = [
  {
    "accountCreationIp" : {
      "accountId" : "1460678903436467712",
      "userCreationIp" : "192.0.2.146"
    }
  }
]
