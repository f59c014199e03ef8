window.YTD.catalog_item.part0 = [
  {
    "catalogItem" : {
      "catalogProduct" : {
        "productKey" : "1600000000000000101",
        "productId" : "SOURDOUGH-01",
        "catalogId" : "1600000000000000001",
        "title" : "Sourdough loaf",
        "description" : "Baked every Saturday",
        "price" : {
          "currencyCode" : "GBP",
          "microValue" : "4500000"
        },
        "salePrice" : {
          "currencyCode" : "GBP",
          "microValue" : "3900000"
        },
        "brand" : "Sam Bakes"
      }
    }
  }
]
