window.YTD.shopify_account.part0 = [
  {
    "shopifyAccount" : {
      "shopDomain" : "sam-bakes.example.com",
      "termsOfServiceAccepted" : true,
      "appOnboardingComplete" : true,
      "userId" : "1460678903436467712",
      "catalogId" : "1600000000000000001",
      "shopCurrency" : "GBP",
      "createdAt" : "2023-05-01T10:00:00.000Z",
      "updatedAt" : "2023-05-02T10:00:00.000Z"
    }
  }
]
